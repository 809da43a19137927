//! Payment requests (DESIGN §8): what an invoice's payer is asked to pay by link or through
//! a gateway, and where the request stands.

/// A request to pay one invoice, with its unguessable token and link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaymentRequest {
    pub id: String,
    pub invoice: i64,
    pub invoice_number: String,
    pub customer: String,
    pub subscription: Option<String>,
    pub method: String,
    pub amount: i64,
    pub currency: String,
    pub token: String,
    pub link: Option<String>,
    pub status: String,
    pub gateway_payment_id: Option<String>,
    pub failure: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}
