//! The types of the EN 16931 model, and the constants its rules speak of.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::domain::money::round_half_away;

/// ISO 6523 scheme of a French SIREN (BT-30, BT-47).
pub const SCHEME_SIREN: &str = "0002";
/// ISO 6523 scheme of a French SIRET (BT-29, BT-46).
pub const SCHEME_SIRET: &str = "0009";
/// Electronic address scheme of the French directory of the e-invoicing reform (BT-34,
/// BT-49): the value is the SIREN, or starts with it.
pub const SCHEME_FR_DIRECTORY: &str = "0225";
/// Electronic address scheme of an e-mail address.
pub const SCHEME_EMAIL: &str = "EM";

/// Most decimals of an amount (BR-DEC-*).
pub const AMOUNT_PLACES: u32 = 2;
/// Most decimals of a unit price (BR-FR-DEC-03).
pub const PRICE_PLACES: u32 = 6;
/// Most decimals of a quantity (BR-FR-DEC-02).
pub const QUANTITY_PLACES: u32 = 4;

/// An invoice or credit note (BG-0).
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    pub header: Header,
    /// BG-25, in the order they are printed.
    pub lines: Vec<Line>,
    /// BG-20 (allowances) and BG-21 (charges) on the whole document.
    pub allowances_charges: Vec<AllowanceCharge>,
    /// BG-23, one per VAT category and rate.
    pub vat_breakdown: Vec<VatBreakdown>,
    /// BG-22.
    pub totals: Totals,
}

/// Everything about a document that is not its lines and their sums.
#[derive(Debug, Clone, PartialEq)]
pub struct Header {
    /// BT-3.
    pub kind: DocumentType,
    /// BT-1.
    pub number: String,
    /// BT-2.
    pub issue_date: NaiveDate,
    /// BT-5 (ISO 4217), also the currency of every amount.
    pub currency: String,
    /// BT-23: the business process; in France the operation category ("cadre de
    /// facturation", see [`Operation::code`]).
    pub business_process: Option<String>,
    /// BG-1.
    pub notes: Vec<Note>,
    /// BT-10.
    pub buyer_reference: Option<String>,
    /// BT-12: the contract, for `subs` the subscription.
    pub contract_reference: Option<String>,
    /// BG-4.
    pub seller: Party,
    /// BG-7.
    pub buyer: Party,
    /// BG-3: the invoices a credit note corrects.
    pub preceding_invoices: Vec<PrecedingInvoice>,
    /// BG-14.
    pub period: Option<ServicePeriod>,
    /// BT-8: when VAT becomes due.
    pub vat_point: Option<VatPoint>,
    /// BT-83.
    pub payment_reference: Option<String>,
    /// BG-16.
    pub payment_means: Vec<PaymentMeans>,
    /// BT-20.
    pub payment_terms: Option<String>,
    /// BT-9.
    pub due_date: Option<NaiveDate>,
}

/// BT-3, UNTDID 1001.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocumentType {
    /// 380: commercial invoice.
    Invoice,
    /// 381: credit note; amounts stay positive, the type carries the sign.
    CreditNote,
    /// Any other code of the list (384 corrective invoice, 386 prepayment invoice…).
    Other(u16),
}

impl DocumentType {
    pub fn code(self) -> u16 {
        match self {
            DocumentType::Invoice => 380,
            DocumentType::CreditNote => 381,
            DocumentType::Other(code) => code,
        }
    }

    pub fn from_code(code: u16) -> Self {
        match code {
            380 => DocumentType::Invoice,
            381 => DocumentType::CreditNote,
            other => DocumentType::Other(other),
        }
    }

    /// Whether the document credits its buyer: a credit note, a self-billed credit note
    /// (261), a global-discount credit note (262), a factored credit note (396).
    pub fn is_credit(self) -> bool {
        matches!(self.code(), 381 | 261 | 262 | 396)
    }
}

/// An identifier with the scheme it is taken from (ISO 6523 ICD or EAS code).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identifier {
    pub value: String,
    pub scheme: Option<String>,
}

impl Identifier {
    pub fn new(value: impl Into<String>, scheme: &str) -> Self {
        Identifier {
            value: value.into(),
            scheme: Some(scheme.to_string()),
        }
    }

    pub fn siren(siren: impl Into<String>) -> Self {
        Identifier::new(siren, SCHEME_SIREN)
    }

    pub fn siret(siret: impl Into<String>) -> Self {
        Identifier::new(siret, SCHEME_SIRET)
    }

    fn has_scheme(&self, scheme: &str) -> bool {
        self.scheme.as_deref() == Some(scheme)
    }
}

/// The seller (BG-4) or the buyer (BG-7).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Party {
    /// BT-27 / BT-44.
    pub name: String,
    /// BT-28 / BT-45.
    pub trading_name: Option<String>,
    /// BT-29 / BT-46: a SIRET has scheme [`SCHEME_SIRET`].
    pub identifiers: Vec<Identifier>,
    /// BT-30 / BT-47: a SIREN has scheme [`SCHEME_SIREN`].
    pub legal_id: Option<Identifier>,
    /// BT-31 / BT-48, with its country prefix.
    pub vat_id: Option<String>,
    /// BT-32 (seller only): a tax registration other than a VAT id (scheme `FC`).
    pub tax_registration: Option<String>,
    /// BT-33 (seller only): legal form, share capital, trade register.
    pub legal_info: Option<String>,
    /// BT-34 / BT-49.
    pub electronic_address: Option<Identifier>,
    /// BG-5 / BG-8.
    pub address: Address,
    /// BG-6 / BG-9.
    pub contact: Option<Contact>,
}

impl Party {
    /// The SIREN: the legal id of scheme 0002.
    pub fn siren(&self) -> Option<&str> {
        self.legal_id
            .as_ref()
            .filter(|id| id.has_scheme(SCHEME_SIREN))
            .map(|id| id.value.as_str())
    }

    /// The SIRET: the identifier of scheme 0009.
    pub fn siret(&self) -> Option<&str> {
        self.identifiers
            .iter()
            .find(|id| id.has_scheme(SCHEME_SIRET))
            .map(|id| id.value.as_str())
    }
}

/// A postal address (BG-5, BG-8).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Address {
    /// BT-35, BT-36, BT-162 (at most three).
    pub lines: Vec<String>,
    /// BT-37.
    pub city: Option<String>,
    /// BT-38.
    pub postcode: Option<String>,
    /// BT-39.
    pub subdivision: Option<String>,
    /// BT-40 / BT-55, ISO 3166-1 alpha-2.
    pub country: String,
}

/// A contact (BG-6, BG-9).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Contact {
    /// BT-41 / BT-56.
    pub name: Option<String>,
    /// BT-42 / BT-57.
    pub phone: Option<String>,
    /// BT-43 / BT-58.
    pub email: Option<String>,
}

/// A note on the document (BG-1).
#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    /// BT-21, UNTDID 4451.
    pub subject: Option<NoteSubject>,
    /// BT-22.
    pub text: String,
}

impl Note {
    pub fn new(subject: NoteSubject, text: impl Into<String>) -> Self {
        Note {
            subject: Some(subject),
            text: text.into(),
        }
    }
}

/// The subject of a note (UNTDID 4451), with the ones the French rules name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoteSubject {
    /// PMT: the fixed compensation for recovery costs (40 €).
    RecoveryIndemnity,
    /// PMD: the late-payment penalty rate.
    LatePenalty,
    /// AAB: the terms of discount for early payment.
    EarlyPaymentDiscount,
    /// TXD: a tax declaration (VAT on debits, franchise en base).
    TaxDeclaration,
    /// AAI: general information (a credit note's reason).
    GeneralInformation,
    /// BAR: the French invoicing framework (`B2B`, `B2C`…).
    Framework,
    Other(String),
}

impl NoteSubject {
    pub fn code(&self) -> &str {
        match self {
            NoteSubject::RecoveryIndemnity => "PMT",
            NoteSubject::LatePenalty => "PMD",
            NoteSubject::EarlyPaymentDiscount => "AAB",
            NoteSubject::TaxDeclaration => "TXD",
            NoteSubject::GeneralInformation => "AAI",
            NoteSubject::Framework => "BAR",
            NoteSubject::Other(code) => code,
        }
    }

    pub fn from_code(code: &str) -> Self {
        match code {
            "PMT" => NoteSubject::RecoveryIndemnity,
            "PMD" => NoteSubject::LatePenalty,
            "AAB" => NoteSubject::EarlyPaymentDiscount,
            "TXD" => NoteSubject::TaxDeclaration,
            "AAI" => NoteSubject::GeneralInformation,
            "BAR" => NoteSubject::Framework,
            other => NoteSubject::Other(other.to_string()),
        }
    }
}

/// What is sold, for the French operation category (BT-23).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Operation {
    Goods,
    Services,
    /// Goods and services on one document.
    Mixed,
}

impl Operation {
    /// The BT-23 code: the nature (`B` goods, `S` services, `M` both) and the framework,
    /// `1` for a document to be paid, `2` for one already paid when issued.
    pub fn code(self, already_paid: bool) -> String {
        let nature = match self {
            Operation::Goods => 'B',
            Operation::Services => 'S',
            Operation::Mixed => 'M',
        };
        format!("{nature}{}", if already_paid { 2 } else { 1 })
    }

    /// The operation a BT-23 code names, if it is one of the French codes.
    pub fn from_code(code: &str) -> Option<Self> {
        let mut chars = code.chars();
        let nature = match chars.next()? {
            'B' => Operation::Goods,
            'S' => Operation::Services,
            'M' => Operation::Mixed,
            _ => return None,
        };
        let framework = chars.next()?;
        (framework.is_ascii_digit() && chars.next().is_none()).then_some(nature)
    }
}

/// A period of service or delivery, both days included (BG-14, BG-26).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ServicePeriod {
    /// BT-73 / BT-134.
    pub start: NaiveDate,
    /// BT-74 / BT-135.
    pub end: NaiveDate,
}

/// The invoice a credit note corrects (BG-3).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrecedingInvoice {
    /// BT-25.
    pub number: String,
    /// BT-26.
    pub issue_date: Option<NaiveDate>,
}

/// When VAT becomes due (BT-8).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VatPoint {
    /// On the invoice date: the seller opted for VAT on debits.
    InvoiceDate,
    /// On the delivery date.
    DeliveryDate,
    /// On payment ("TVA sur les encaissements").
    PaymentDate,
}

/// A means of payment (BG-16).
#[derive(Debug, Clone, PartialEq)]
pub struct PaymentMeans {
    /// BT-81.
    pub kind: MeansKind,
    /// BT-82.
    pub information: Option<String>,
    /// BG-17: the account to pay to, for a transfer.
    pub payee_account: Option<PayeeAccount>,
    /// BG-18.
    pub card: Option<Card>,
    /// BG-19.
    pub direct_debit: Option<DirectDebit>,
}

impl PaymentMeans {
    fn of(kind: MeansKind) -> Self {
        PaymentMeans {
            kind,
            information: None,
            payee_account: None,
            card: None,
            direct_debit: None,
        }
    }

    /// A SEPA credit transfer to `iban`.
    pub fn sepa_transfer(iban: impl Into<String>, bic: Option<String>) -> Self {
        PaymentMeans {
            payee_account: Some(PayeeAccount {
                iban: iban.into(),
                name: None,
                bic,
            }),
            ..PaymentMeans::of(MeansKind::SepaCreditTransfer)
        }
    }

    /// A SEPA direct debit of the buyer's account under a mandate.
    pub fn sepa_direct_debit(debit: DirectDebit) -> Self {
        PaymentMeans {
            direct_debit: Some(debit),
            ..PaymentMeans::of(MeansKind::SepaDirectDebit)
        }
    }

    /// Any other means, by kind alone.
    pub fn other(kind: MeansKind) -> Self {
        PaymentMeans::of(kind)
    }
}

/// BT-81, UNTDID 4461.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MeansKind {
    /// 10.
    Cash,
    /// 20.
    Cheque,
    /// 30.
    CreditTransfer,
    /// 48.
    Card,
    /// 49.
    DirectDebit,
    /// 57: standing agreement.
    StandingAgreement,
    /// 58.
    SepaCreditTransfer,
    /// 59.
    SepaDirectDebit,
    Other(String),
}

impl MeansKind {
    pub fn code(&self) -> &str {
        match self {
            MeansKind::Cash => "10",
            MeansKind::Cheque => "20",
            MeansKind::CreditTransfer => "30",
            MeansKind::Card => "48",
            MeansKind::DirectDebit => "49",
            MeansKind::StandingAgreement => "57",
            MeansKind::SepaCreditTransfer => "58",
            MeansKind::SepaDirectDebit => "59",
            MeansKind::Other(code) => code,
        }
    }

    pub fn from_code(code: &str) -> Self {
        match code {
            "10" => MeansKind::Cash,
            "20" => MeansKind::Cheque,
            "30" => MeansKind::CreditTransfer,
            "48" => MeansKind::Card,
            "49" => MeansKind::DirectDebit,
            "57" => MeansKind::StandingAgreement,
            "58" => MeansKind::SepaCreditTransfer,
            "59" => MeansKind::SepaDirectDebit,
            other => MeansKind::Other(other.to_string()),
        }
    }

    /// Whether the buyer pays by transfer, so that a payee account is needed (BR-61).
    pub fn is_transfer(&self) -> bool {
        matches!(
            self,
            MeansKind::CreditTransfer | MeansKind::SepaCreditTransfer
        )
    }
}

/// The seller's account a transfer goes to (BG-17).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PayeeAccount {
    /// BT-84.
    pub iban: String,
    /// BT-85.
    pub name: Option<String>,
    /// BT-86.
    pub bic: Option<String>,
}

/// A payment card (BG-18).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Card {
    /// BT-87: the last digits only.
    pub number: String,
    /// BT-88.
    pub holder: Option<String>,
}

/// A direct debit (BG-19).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DirectDebit {
    /// BT-89: the mandate reference.
    pub mandate: String,
    /// BT-90: the creditor identifier (SEPA ICS).
    pub creditor_id: String,
    /// BT-91: the account debited.
    pub debtor_iban: Option<String>,
}

/// BT-118 / BT-151 / BT-95 / BT-102, UNTDID 5305.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum VatCategory {
    /// S: standard rate.
    Standard,
    /// Z: zero rated goods.
    ZeroRated,
    /// E: exempt (with a reason): also the French "franchise en base".
    Exempt,
    /// AE: reverse charge ("autoliquidation").
    ReverseCharge,
    /// K: intra-community supply.
    IntraCommunity,
    /// G: export outside the EU.
    Export,
    /// O: outside the scope of VAT.
    OutOfScope,
    /// L: Canary Islands.
    CanaryIslands,
    /// M: Ceuta and Melilla.
    CeutaMelilla,
}

impl VatCategory {
    pub const ALL: [VatCategory; 9] = [
        VatCategory::Standard,
        VatCategory::ZeroRated,
        VatCategory::Exempt,
        VatCategory::ReverseCharge,
        VatCategory::IntraCommunity,
        VatCategory::Export,
        VatCategory::OutOfScope,
        VatCategory::CanaryIslands,
        VatCategory::CeutaMelilla,
    ];

    pub fn code(self) -> &'static str {
        match self {
            VatCategory::Standard => "S",
            VatCategory::ZeroRated => "Z",
            VatCategory::Exempt => "E",
            VatCategory::ReverseCharge => "AE",
            VatCategory::IntraCommunity => "K",
            VatCategory::Export => "G",
            VatCategory::OutOfScope => "O",
            VatCategory::CanaryIslands => "L",
            VatCategory::CeutaMelilla => "M",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        VatCategory::ALL.into_iter().find(|c| c.code() == code)
    }

    /// Whether VAT is charged at the rate (S, L, M); every other category has none.
    pub fn is_taxed(self) -> bool {
        matches!(
            self,
            VatCategory::Standard | VatCategory::CanaryIslands | VatCategory::CeutaMelilla
        )
    }

    /// Whether a breakdown of this category must say why no VAT is charged (BR-E-10,
    /// BR-AE-10, BR-IC-10, BR-G-10, BR-O-10), or must not (BR-S-10, BR-Z-10).
    pub fn needs_exemption_reason(self) -> bool {
        matches!(
            self,
            VatCategory::Exempt
                | VatCategory::ReverseCharge
                | VatCategory::IntraCommunity
                | VatCategory::Export
                | VatCategory::OutOfScope
        )
    }
}

/// A VAT category and its rate in percent: what a line, an allowance or a breakdown is
/// taxed with. Rates compare as numbers (`20` = `20.00`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Vat {
    pub category: VatCategory,
    /// 0 for every category but S, L and M; none is written for O.
    pub rate: Decimal,
}

impl Vat {
    pub fn standard(rate: Decimal) -> Self {
        Vat {
            category: VatCategory::Standard,
            rate,
        }
    }

    /// A category charged at no rate: exempt, reverse charge, export…
    pub fn untaxed(category: VatCategory) -> Self {
        Vat {
            category,
            rate: Decimal::ZERO,
        }
    }
}

/// A line (BG-25).
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// BT-126.
    pub id: String,
    /// BT-127.
    pub note: Option<String>,
    /// BT-153.
    pub name: String,
    /// BT-154.
    pub description: Option<String>,
    /// BT-155.
    pub seller_item_id: Option<String>,
    /// BT-129.
    pub quantity: Decimal,
    /// BT-130, UN/ECE Recommendation 20 (`MON`, `DAY`, `HUR`, `C62`…).
    pub unit_code: String,
    /// BT-146: the price of one unit (or of [`price_base_quantity`](Self::price_base_quantity)
    /// units), net of VAT and of any price discount.
    pub net_price: Decimal,
    /// BT-149.
    pub price_base_quantity: Option<Decimal>,
    /// BT-151, BT-152.
    pub vat: Vat,
    /// BG-26.
    pub period: Option<ServicePeriod>,
    /// BG-27 and BG-28.
    pub allowances_charges: Vec<LineAllowanceCharge>,
    /// BT-131: quantity × price, less the line's allowances, plus its charges.
    pub net: Decimal,
}

impl Line {
    /// A line of `quantity` units at `net_price`, its net derived by [`Line::expected_net`].
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        quantity: Decimal,
        unit_code: impl Into<String>,
        net_price: Decimal,
        vat: Vat,
    ) -> Self {
        let mut line = Line {
            id: id.into(),
            note: None,
            name: name.into(),
            description: None,
            seller_item_id: None,
            quantity,
            unit_code: unit_code.into(),
            net_price,
            price_base_quantity: None,
            vat,
            period: None,
            allowances_charges: Vec::new(),
            net: Decimal::ZERO,
        };
        line.net = line.expected_net();
        line
    }

    pub fn with_period(mut self, period: ServicePeriod) -> Self {
        self.period = Some(period);
        self
    }

    pub fn with_description(mut self, description: impl Into<String>) -> Self {
        self.description = Some(description.into());
        self
    }

    /// The line with one more allowance or charge, its net derived again.
    pub fn with_allowance_charge(mut self, adjustment: LineAllowanceCharge) -> Self {
        self.allowances_charges.push(adjustment);
        self.net = self.expected_net();
        self
    }

    /// round(quantity × price / price base quantity) − allowances + charges, rounded half
    /// away from zero to cents.
    pub fn expected_net(&self) -> Decimal {
        let base = self.price_base_quantity.unwrap_or(Decimal::ONE);
        let gross = if base.is_zero() {
            Decimal::ZERO
        } else {
            round_half_away(self.quantity * self.net_price / base, AMOUNT_PLACES)
        };
        self.allowances_charges.iter().fold(gross, |net, a| {
            if a.charge {
                net + a.amount
            } else {
                net - a.amount
            }
        })
    }
}

/// An allowance or a charge on one line (BG-27, BG-28); it takes the line's VAT.
#[derive(Debug, Clone, PartialEq)]
pub struct LineAllowanceCharge {
    /// `false` for an allowance, `true` for a charge.
    pub charge: bool,
    /// BT-136 / BT-141.
    pub amount: Decimal,
    /// BT-139 / BT-144.
    pub reason: Option<String>,
    /// BT-140 / BT-145 (UNTDID 5189 for allowances, 7161 for charges).
    pub reason_code: Option<String>,
}

/// An allowance (BG-20) or a charge (BG-21) on the whole document.
#[derive(Debug, Clone, PartialEq)]
pub struct AllowanceCharge {
    /// `false` for an allowance (a discount), `true` for a charge.
    pub charge: bool,
    /// BT-92 / BT-99.
    pub amount: Decimal,
    /// BT-95, BT-96 / BT-102, BT-103.
    pub vat: Vat,
    /// BT-97 / BT-104.
    pub reason: Option<String>,
    /// BT-98 / BT-105 (`95` discount).
    pub reason_code: Option<String>,
}

impl AllowanceCharge {
    /// UNTDID 5189 code of a discount.
    pub const DISCOUNT: &'static str = "95";

    /// A discount of `amount` taken off the lines taxed with `vat`.
    pub fn discount(amount: Decimal, vat: Vat, reason: impl Into<String>) -> Self {
        AllowanceCharge {
            charge: false,
            amount,
            vat,
            reason: Some(reason.into()),
            reason_code: Some(AllowanceCharge::DISCOUNT.to_string()),
        }
    }

    /// The amount with its sign in the taxable base: an allowance takes off.
    pub fn signed_amount(&self) -> Decimal {
        if self.charge {
            self.amount
        } else {
            -self.amount
        }
    }
}

/// The VAT of one category and rate (BG-23).
#[derive(Debug, Clone, PartialEq)]
pub struct VatBreakdown {
    /// BT-118, BT-119.
    pub vat: Vat,
    /// BT-116: the lines' nets less allowances plus charges at this VAT.
    pub base: Decimal,
    /// BT-117.
    pub tax: Decimal,
    /// BT-120.
    pub exemption_reason: Option<String>,
    /// BT-121 (VATEX code list: `VATEX-FR-FRANCHISE`, `VATEX-EU-AE`…).
    pub exemption_code: Option<String>,
}

/// The document's totals (BG-22). Absent amounts are zero.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Totals {
    /// BT-106: the sum of the lines' nets.
    pub line_total: Decimal,
    /// BT-107.
    pub allowance_total: Decimal,
    /// BT-108.
    pub charge_total: Decimal,
    /// BT-109: without VAT.
    pub tax_basis: Decimal,
    /// BT-110.
    pub tax_total: Decimal,
    /// BT-112: with VAT.
    pub grand_total: Decimal,
    /// BT-113.
    pub prepaid: Decimal,
    /// BT-114.
    pub rounding: Decimal,
    /// BT-115.
    pub due: Decimal,
}

impl Document {
    /// Whether the buyer is a business: it has a legal id or a VAT id, which consumers
    /// have not. The French rules (BR-FR) apply to such documents.
    pub fn is_business_to_business(&self) -> bool {
        let buyer = &self.header.buyer;
        buyer.legal_id.is_some() || buyer.vat_id.is_some()
    }

    /// The note with `subject`, if any.
    pub fn note(&self, subject: &NoteSubject) -> Option<&str> {
        self.header
            .notes
            .iter()
            .find(|n| n.subject.as_ref() == Some(subject))
            .map(|n| n.text.as_str())
    }
}
