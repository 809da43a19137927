//! The EN 16931 semantic model of an invoice or credit note: what a Factur-X, CII or UBL
//! file says, as plain Rust values, whichever syntax carried it.
//!
//! Each field names its business term (BT-n) or group (BG-n) of EN 16931-1. Amounts are
//! exact `Decimal`s with at most two places, as the standard wants; unit prices may have
//! up to six, quantities up to four. The model is built two ways:
//!
//! - by `subs` for a document it issues: [`Document::build`] takes the header, the lines
//!   and the document-level allowances and charges, and derives the VAT breakdown and the
//!   totals by the BR-CO identities with the one rounding rule ([`round_half_away`]);
//!   nothing types a total in.
//! - by a reader from somebody else's file: every value as written, then
//!   [`Document::check_totals`] says whether its totals add up.
//!
//! [`round_half_away`]: crate::domain::money::round_half_away

mod build;
mod check;
mod issue;
mod model;
#[cfg(test)]
pub(crate) mod test_support;

pub use build::{Draft, Exemption, split_allowance};
pub use issue::{
    Buyer, BuyerGap, LineTerms, Means, Seller, Stored, VATEX_FRANCHISE, buyer_gaps,
    issued_document, postal_address, unit_code,
};
pub use model::*;
