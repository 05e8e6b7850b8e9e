//! Moving a flow one step: a compare-and-set on its version inside a unit of work,
//! so exactly one input advances each step and a lost race writes nothing.

use acct_api::{Flow, FlowResult};

use super::codes::RightCode;
use super::flows::{conflict, FlowState};
use super::App;
use crate::error::ApiResult;
use crate::store::{FlowRow, Uow};

impl App {
    /// Moves a flow in `tx` (compare-and-set on its version): a lost race is a
    /// conflict, and the caller's unit rolls back with it.
    pub(super) async fn step_in(
        &self,
        tx: &mut Uow,
        row: &FlowRow,
        awaiting: Option<&str>,
        state: &FlowState,
        completed_at: Option<crate::clock::Timestamp>,
    ) -> ApiResult<()> {
        let json = state.to_json()?;
        if !tx
            .advance_flow(&row.id, row.version, awaiting, &json, completed_at)
            .await?
        {
            return Err(conflict());
        }
        Ok(())
    }

    /// Moves a flow to its next step (compare-and-set) and returns its new view.
    pub(super) async fn move_flow(
        &self,
        row: &FlowRow,
        state: &FlowState,
        awaiting: &str,
    ) -> ApiResult<Flow> {
        let mut tx = self.store.begin().await?;
        self.step_in(&mut tx, row, Some(awaiting), state, None)
            .await?;
        tx.commit().await?;
        let mut next = row.clone();
        next.version += 1;
        next.awaiting = Some(awaiting.to_string());
        Ok(self.flow_view(&next, state, None))
    }

    /// [`App::move_flow`] for a step a code proved: the code is used in the same unit
    /// as the step, so a step that lost its race leaves the code unused.
    pub(super) async fn move_flow_using(
        &self,
        row: &FlowRow,
        state: &FlowState,
        awaiting: &str,
        right: &RightCode,
    ) -> ApiResult<Flow> {
        let mut tx = self.store.begin().await?;
        self.step_in(&mut tx, row, Some(awaiting), state, None)
            .await?;
        self.consume_code_in(&mut tx, right).await?;
        tx.commit().await?;
        let mut next = row.clone();
        next.version += 1;
        next.awaiting = Some(awaiting.to_string());
        Ok(self.flow_view(&next, state, None))
    }

    /// Marks a flow complete in the unit `tx` that does its work (compare-and-set
    /// first, so a lost race writes nothing) and builds the final view; the caller
    /// commits.
    pub async fn complete_flow_in(
        &self,
        tx: &mut Uow,
        row: &FlowRow,
        state: &FlowState,
        result: FlowResult,
    ) -> ApiResult<Flow> {
        let now = self.timestamp();
        self.step_in(tx, row, None, state, Some(now)).await?;
        let mut done = row.clone();
        done.version += 1;
        done.awaiting = None;
        done.completed_at = Some(now);
        Ok(self.flow_view(&done, state, Some(result)))
    }
}
