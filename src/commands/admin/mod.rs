//! `acctl admin`: administration that needs the `admin` role; today the OpenID
//! Connect client registry (`client`).

mod client;

use clap::{Args, Subcommand};

use crate::context::Context;
use crate::error::Result;
use crate::output::Report;
use client::ClientArgs;

/// Administration. Needs the `admin` role (granted on the server host:
/// `acctd staff grant ID --role admin`); without it every command exits 4.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  acctl admin client create --name \"Team wiki\" --redirect-uri https://wiki.example.com/oidc/callback
  acctl admin client list
  acctl admin client rotate-secret 5b0e…")]
pub struct AdminArgs {
    #[command(subcommand)]
    pub command: AdminCommand,
}

#[derive(Debug, Subcommand)]
pub enum AdminCommand {
    /// Apps that sign people in with their account (OpenID Connect clients)
    Client(ClientArgs),
}

pub fn run(ctx: &Context, args: AdminArgs) -> Result<Report> {
    match args.command {
        AdminCommand::Client(a) => client::run(ctx, a.command),
    }
}
