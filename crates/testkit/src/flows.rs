//! Short ways through the API that many tests take (sign up, sign in, a role).

use acct_api::{Flow, FlowInput, FlowStatus, LoginMethod, Session, StartFlow};
use acct_client::{Client, ClientError, ClientOptions};

use crate::TestServer;

impl TestServer {
    pub fn authed(&self, session: &Session) -> Client {
        self.client.with_token(&session.access_token)
    }

    /// Signs up a phone account with an optional password and returns its session.
    pub async fn signup_phone(&self, phone: &str, password: Option<&str>) -> Session {
        let flow = self
            .client
            .start_flow(&StartFlow::Signup {
                phone: Some(phone.into()),
                email: None,
                password: password.map(Into::into),
                name: Some("Test".into()),
                device_name: Some("test-device".into()),
            })
            .await
            .expect("signup starts");
        let done = self
            .submit_code(&flow, &self.last_code(phone))
            .await
            .expect("signup completes");
        done.result
            .and_then(|r| r.session)
            .expect("signup signs in")
    }

    pub async fn submit_code(&self, flow: &Flow, code: &str) -> Result<Flow, ClientError> {
        let input = FlowInput {
            code: Some(code.into()),
            ..FlowInput::default()
        };
        self.client.advance_flow(&flow.flow_id, &input).await
    }

    pub async fn password_login(&self, login: &str, password: &str) -> Result<Flow, ClientError> {
        self.client
            .start_flow(&StartFlow::Login {
                login: login.into(),
                method: LoginMethod::Password,
                password: Some(password.into()),
                device_name: Some("test-login".into()),
            })
            .await
    }

    pub async fn login_session(&self, login: &str, password: &str) -> Session {
        let flow = self.password_login(login, password).await.expect("login");
        assert_eq!(flow.status, FlowStatus::Complete);
        flow.result.and_then(|r| r.session).expect("session")
    }

    /// A client that connects from another loopback address: to the service it is
    /// a network this account never signed in from.
    pub fn client_from(&self, ip: &str) -> Client {
        let options = ClientOptions {
            local_address: Some(ip.parse().expect("ip")),
            ..ClientOptions::default()
        };
        Client::new(&self.url, options).expect("client")
    }

    /// Gives an account a staff role directly in the database (as `acctd staff grant` does).
    pub async fn grant(&self, account_id: &str, role: &str) {
        let mut db = self.db().await;
        sqlx::query("UPDATE accounts SET roles = $1 WHERE id = $2")
            .bind(role)
            .bind(account_id)
            .execute(&mut db)
            .await
            .expect("grant");
    }
}
