//! What a customer reads: the invoice or credit note as an HTML page carrying the French
//! mandatory mentions (DESIGN §6), and the context that user-written e-mail templates are
//! rendered with (CLI.md "Template context").
//!
//! Everything here is formatting of values decided elsewhere: amounts arrive in minor units
//! and leave as exact decimal strings (`1234.50 EUR`), never through floating point. Every
//! word on the page comes from the message catalogue ([`crate::domain::messages`]); the template only
//! places them.
//!
//! - `invoice.rs` renders the invoice page: [`render_invoice_html`].
//! - `email.rs` holds the template context: [`EmailContext`], [`render_user_template`].

mod email;
mod invoice;

pub use email::*;
pub use invoice::*;
