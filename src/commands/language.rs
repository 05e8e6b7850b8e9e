//! `acctl account language [LANG]`: the language of the account's texts and emails.

use acct_api::Language;
use clap::builder::PossibleValuesParser;
use clap::Args;
use serde_json::json;

use crate::context::Context;
use crate::error::{CliError, Result};
use crate::output::{Human, Report};
use crate::session::Session;

/// Show or set the language the account's texts and emails are written in: `en`
/// (English) or `zh-Hans` (Simplified Chinese). A new account takes it from your
/// locale (LC_ALL, LC_MESSAGES, LANG); the service's error messages always follow
/// the locale of the command that gets them.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  acctl account language                  # show it
  acctl account language zh-Hans          # codes and notices in Simplified Chinese
  acctl account language en --json        # {\"language\": \"en\"}")]
pub struct LanguageArgs {
    /// The new language (leave out to show the current one)
    #[arg(value_name = "LANG", ignore_case = true,
          value_parser = PossibleValuesParser::new(["en", "zh-Hans"]))]
    pub language: Option<String>,
}

fn described(lang: Language) -> &'static str {
    match lang {
        Language::En => "English (en)",
        Language::ZhHans => "Simplified Chinese (zh-Hans)",
    }
}

pub fn run(ctx: &Context, args: LanguageArgs) -> Result<Report> {
    let mut session = Session::open(ctx)?;
    let Some(wanted) = args.language else {
        let me = session.call(|c| c.me())?;
        return Ok(Report::new(
            json!({ "language": me.language }),
            Human::Text(me.language.tag().to_string()),
        ));
    };
    // The parser took it case-insensitively; the service gets the canonical tag.
    let lang: Language = wanted
        .parse()
        .map_err(|e: acct_api::UnknownLanguage| CliError::usage(e.to_string()))?;
    let tag = lang.tag();
    session.call(|c| c.set_language(tag))?;
    ctx.out.success(&format!(
        "Texts and emails to this account now go out in {}.",
        described(lang)
    ));
    Ok(Report::new(json!({ "language": lang }), Human::Nothing))
}
