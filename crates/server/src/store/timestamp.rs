//! [`Timestamp`] at the store's edge: bound and decoded as the unix seconds the
//! schema has always held (BIGINT on PostgreSQL, INTEGER on SQLite), so row structs
//! hold `Timestamp` and `sqlx::FromRow` needs no conversion. Generic over the
//! database, so the same row struct decodes through `Any` and through the native
//! SQLite read pool (`Store::sqlite_reads`).

use sqlx::encode::IsNull;
use sqlx::error::BoxDynError;
use sqlx::{Database, Decode, Encode, Type};

use crate::clock::Timestamp;

impl<DB: Database> Type<DB> for Timestamp
where
    i64: Type<DB>,
{
    fn type_info() -> DB::TypeInfo {
        <i64 as Type<DB>>::type_info()
    }

    fn compatible(ty: &DB::TypeInfo) -> bool {
        <i64 as Type<DB>>::compatible(ty)
    }
}

impl<'q, DB: Database> Encode<'q, DB> for Timestamp
where
    i64: Encode<'q, DB>,
{
    fn encode_by_ref(
        &self,
        buf: &mut <DB as Database>::ArgumentBuffer<'q>,
    ) -> Result<IsNull, BoxDynError> {
        <i64 as Encode<'q, DB>>::encode_by_ref(&self.unix(), buf)
    }
}

impl<'r, DB: Database> Decode<'r, DB> for Timestamp
where
    i64: Decode<'r, DB>,
{
    fn decode(value: <DB as Database>::ValueRef<'r>) -> Result<Self, BoxDynError> {
        <i64 as Decode<'r, DB>>::decode(value).map(Timestamp::from_unix)
    }
}
