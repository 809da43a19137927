//! Reading a UBL 2.1 `Invoice` or `CreditNote` (Peppol BIS, XRechnung UBL, the French
//! platforms' UBL) into the model, by the EN 16931 UBL syntax binding.
//!
//! As for CII, values are taken as written and only what the model cannot do without is
//! required. Where UBL differs: notes carry their subject as a `#CODE#` prefix; the
//! SEPA creditor identifier (BT-90) is a seller identifier of scheme `SEPA`; the VAT point
//! (BT-8) is UNTDID 2005 (`3`, `35`, `432`) in the invoice period; the legal form (BT-33)
//! is `CompanyLegalForm`.

use rust_decimal::Decimal;

use crate::domain::einvoice::{
    Address, AllowanceCharge, Card, Contact, DirectDebit, Document, DocumentType, Header,
    Identifier, Line, LineAllowanceCharge, MeansKind, Note, NoteSubject, Party, PayeeAccount,
    PaymentMeans, PrecedingInvoice, ServicePeriod, Totals, Vat, VatBreakdown, VatCategory,
    VatPoint,
};
use crate::error::Error;

use super::cii_read::{AMOUNT_PLACES, DETAIL_PLACES};
use super::names::{NS_UBL_CREDIT_NOTE, NS_UBL_INVOICE};
use super::xml::{Element, Tree, Values};

/// The scheme a seller identifier (BT-29) has when it is the SEPA creditor id (BT-90).
const SCHEME_SEPA: &str = "SEPA";

/// The names that differ between an invoice and a credit note.
struct Names {
    type_code: &'static str,
    line: &'static str,
    quantity: &'static str,
}

const INVOICE: Names = Names {
    type_code: "InvoiceTypeCode",
    line: "InvoiceLine",
    quantity: "InvoicedQuantity",
};

const CREDIT_NOTE: Names = Names {
    type_code: "CreditNoteTypeCode",
    line: "CreditNoteLine",
    quantity: "CreditedQuantity",
};

/// Reads a parsed UBL invoice or credit note; `source` names the file in errors.
pub fn read_ubl(source: &str, tree: &Tree) -> Result<Document, Error> {
    let v = Values { source };
    let root = &tree.root;
    let names = match (root.name.as_str(), tree.namespace.as_deref()) {
        ("Invoice", Some(NS_UBL_INVOICE)) => &INVOICE,
        ("CreditNote", Some(NS_UBL_CREDIT_NOTE)) => &CREDIT_NOTE,
        _ => return Err(v.invalid("root", "is not a UBL invoice or credit note")),
    };
    let header = header(&v, root, names)?;
    let lines = root
        .all(names.line)
        .enumerate()
        .map(|(i, l)| line(&v, i + 1, l, names))
        .collect::<Result<Vec<_>, _>>()?;
    let allowances_charges = root
        .all("AllowanceCharge")
        .map(|a| allowance_charge(&v, a))
        .collect::<Result<Vec<_>, _>>()?;
    // BT-110 with its breakdown; a second TaxTotal may give the VAT in the accounting
    // currency (BT-111), without subtotals.
    let tax_total = root.all("TaxTotal").find(|t| {
        t.child("TaxAmount")
            .and_then(|a| a.attribute("currencyID"))
            .is_none_or(|c| c == header.currency)
    });
    let vat_breakdown = match tax_total {
        Some(t) => t
            .all("TaxSubtotal")
            .map(|s| breakdown(&v, s))
            .collect::<Result<Vec<_>, _>>()?,
        None => Vec::new(),
    };
    let totals = totals(&v, root, tax_total)?;
    Ok(Document {
        header,
        lines,
        allowances_charges,
        vat_breakdown,
        totals,
    })
}

fn header(v: &Values, root: &Element, names: &Names) -> Result<Header, Error> {
    let number = v.required(root.text_at(&["ID"]), "BT-1 invoice number")?;
    let kind = v.required(root.text_at(&[names.type_code]), "BT-3 type code")?;
    let kind = kind.parse().map(DocumentType::from_code).map_err(|_| {
        v.invalid(
            "BT-3 type code",
            format!("{kind:?} is not a UNTDID 1001 code"),
        )
    })?;
    let issue = v.required(root.text_at(&["IssueDate"]), "BT-2 issue date")?;
    let supplier = root
        .at(&["AccountingSupplierParty", "Party"])
        .ok_or_else(|| v.missing("BG-4 seller"))?;
    let customer = root
        .at(&["AccountingCustomerParty", "Party"])
        .ok_or_else(|| v.missing("BG-7 buyer"))?;
    let creditor_id = supplier
        .all("PartyIdentification")
        .filter_map(|p| p.child("ID"))
        .find(|id| id.attribute("schemeID") == Some(SCHEME_SEPA))
        .and_then(Element::value);
    let mut payment_means: Vec<PaymentMeans> =
        root.all("PaymentMeans").map(payment_means).collect();
    if let Some(creditor_id) = creditor_id {
        match payment_means
            .iter_mut()
            .find_map(|m| m.direct_debit.as_mut())
        {
            Some(debit) => debit.creditor_id = creditor_id,
            None => payment_means.push(PaymentMeans::sepa_direct_debit(DirectDebit {
                mandate: String::new(),
                creditor_id,
                debtor_iban: None,
            })),
        }
    }
    let invoice_period = root.child("InvoicePeriod");
    let due_date = root
        .text_at(&["DueDate"])
        .or_else(|| root.text_at(&["PaymentMeans", "PaymentDueDate"]))
        .map(|d| v.date_iso(&d, "BT-9 due date"))
        .transpose()?;
    Ok(Header {
        kind,
        number,
        issue_date: v.date_iso(&issue, "BT-2 issue date")?,
        currency: v.required(root.text_at(&["DocumentCurrencyCode"]), "BT-5 currency")?,
        business_process: root.text_at(&["ProfileID"]),
        notes: root
            .all("Note")
            .filter_map(Element::value)
            .map(|n| note(&n))
            .collect(),
        buyer_reference: root.text_at(&["BuyerReference"]),
        contract_reference: root.text_at(&["ContractDocumentReference", "ID"]),
        seller: party(v, supplier, "BT-27 seller name")?,
        buyer: party(v, customer, "BT-44 buyer name")?,
        preceding_invoices: root
            .all("BillingReference")
            .filter_map(|b| b.child("InvoiceDocumentReference"))
            .filter_map(|r| Some((r.text_at(&["ID"])?, r.text_at(&["IssueDate"]))))
            .map(|(number, date)| {
                Ok(PrecedingInvoice {
                    number,
                    issue_date: date
                        .map(|d| v.date_iso(&d, "BT-26 preceding invoice date"))
                        .transpose()?,
                })
            })
            .collect::<Result<_, Error>>()?,
        period: period(v, invoice_period, "BG-14 period")?,
        vat_point: invoice_period
            .and_then(|p| p.text_at(&["DescriptionCode"]))
            .and_then(|code| match code.as_str() {
                "3" => Some(VatPoint::InvoiceDate),
                "35" => Some(VatPoint::DeliveryDate),
                "432" => Some(VatPoint::PaymentDate),
                _ => None,
            }),
        payment_reference: root.text_at(&["PaymentMeans", "PaymentID"]),
        payment_means,
        payment_terms: root.text_at(&["PaymentTerms", "Note"]),
        due_date,
    })
}

/// A UBL note: `#PMT#text` carries its subject code before the text.
fn note(text: &str) -> Note {
    if let Some(rest) = text.strip_prefix('#')
        && let Some((code, body)) = rest.split_once('#')
        && !code.is_empty()
        && code.chars().all(|c| c.is_ascii_alphanumeric())
    {
        return Note {
            subject: Some(NoteSubject::from_code(code)),
            text: body.trim().to_string(),
        };
    }
    Note {
        subject: None,
        text: text.to_string(),
    }
}

fn payment_means(m: &Element) -> PaymentMeans {
    let payee_account = m.child("PayeeFinancialAccount").and_then(|a| {
        Some(PayeeAccount {
            iban: a.text_at(&["ID"])?,
            name: a.text_at(&["Name"]),
            bic: a.text_at(&["FinancialInstitutionBranch", "ID"]),
        })
    });
    let card = m.child("CardAccount").and_then(|c| {
        Some(Card {
            number: c.text_at(&["PrimaryAccountNumberID"])?,
            holder: c.text_at(&["HolderName"]),
        })
    });
    let direct_debit = m.child("PaymentMandate").map(|mandate| DirectDebit {
        mandate: mandate.text_at(&["ID"]).unwrap_or_default(),
        creditor_id: String::new(),
        debtor_iban: mandate.text_at(&["PayerFinancialAccount", "ID"]),
    });
    PaymentMeans {
        kind: MeansKind::from_code(&m.text_at(&["PaymentMeansCode"]).unwrap_or_default()),
        information: m
            .child("PaymentMeansCode")
            .and_then(|c| c.attribute("name"))
            .map(str::to_string),
        payee_account,
        card,
        direct_debit,
    }
}

fn party(v: &Values, p: &Element, name_term: &str) -> Result<Party, Error> {
    let identifier = |e: &Element| {
        e.value().map(|value| Identifier {
            value,
            scheme: e.attribute("schemeID").map(str::to_string),
        })
    };
    let legal = p.child("PartyLegalEntity");
    let tax = |vat: bool| {
        p.all("PartyTaxScheme")
            .find(|s| (s.text_at(&["TaxScheme", "ID"]).as_deref() == Some("VAT")) == vat)
            .and_then(|s| s.text_at(&["CompanyID"]))
    };
    let address = p
        .child("PostalAddress")
        .map(|a| Address {
            lines: [
                a.text_at(&["StreetName"]),
                a.text_at(&["AdditionalStreetName"]),
                a.text_at(&["AddressLine", "Line"]),
            ]
            .into_iter()
            .flatten()
            .collect(),
            city: a.text_at(&["CityName"]),
            postcode: a.text_at(&["PostalZone"]),
            subdivision: a.text_at(&["CountrySubentity"]),
            country: a
                .text_at(&["Country", "IdentificationCode"])
                .unwrap_or_default(),
        })
        .unwrap_or_default();
    let name = legal
        .and_then(|l| l.text_at(&["RegistrationName"]))
        .or_else(|| p.text_at(&["PartyName", "Name"]));
    Ok(Party {
        name: v.required(name, name_term)?,
        trading_name: p.text_at(&["PartyName", "Name"]).filter(|_| {
            legal
                .and_then(|l| l.text_at(&["RegistrationName"]))
                .is_some()
        }),
        identifiers: p
            .all("PartyIdentification")
            .filter_map(|i| i.child("ID"))
            .filter(|id| id.attribute("schemeID") != Some(SCHEME_SEPA))
            .filter_map(identifier)
            .collect(),
        legal_id: legal
            .and_then(|l| l.child("CompanyID"))
            .and_then(identifier),
        vat_id: tax(true),
        tax_registration: tax(false),
        legal_info: legal.and_then(|l| l.text_at(&["CompanyLegalForm"])),
        electronic_address: p.child("EndpointID").and_then(identifier),
        address,
        contact: p.child("Contact").map(|c| Contact {
            name: c.text_at(&["Name"]),
            phone: c.text_at(&["Telephone"]),
            email: c.text_at(&["ElectronicMail"]),
        }),
    })
}

fn period(v: &Values, e: Option<&Element>, what: &str) -> Result<Option<ServicePeriod>, Error> {
    let Some(e) = e else {
        return Ok(None);
    };
    match (e.text_at(&["StartDate"]), e.text_at(&["EndDate"])) {
        (Some(start), Some(end)) => Ok(Some(ServicePeriod {
            start: v.date_iso(&start, what)?,
            end: v.date_iso(&end, what)?,
        })),
        _ => Ok(None),
    }
}

/// A VAT category and rate from a `TaxCategory` or `ClassifiedTaxCategory`.
fn vat(v: &Values, category: Option<&Element>, what: &str) -> Result<Vat, Error> {
    let category = category.ok_or_else(|| v.missing(what))?;
    let code = v.required(category.text_at(&["ID"]), what)?;
    let kind = VatCategory::from_code(&code)
        .ok_or_else(|| v.invalid(what, format!("{code:?} is not a VAT category of EN 16931")))?;
    let rate = v
        .optional_decimal(category.text_at(&["Percent"]), DETAIL_PLACES, what)?
        .unwrap_or(Decimal::ZERO);
    Ok(Vat {
        category: kind,
        rate,
    })
}

fn amount(v: &Values, e: &Element, path: &[&str], what: &str) -> Result<Decimal, Error> {
    let text = v.required(e.text_at(path), what)?;
    v.decimal(&text, AMOUNT_PLACES, what)
}

fn optional_amount(v: &Values, e: &Element, path: &[&str], what: &str) -> Result<Decimal, Error> {
    Ok(v.optional_decimal(e.text_at(path), AMOUNT_PLACES, what)?
        .unwrap_or(Decimal::ZERO))
}

fn is_charge(a: &Element) -> bool {
    a.text_at(&["ChargeIndicator"]).as_deref() == Some("true")
}

fn line(v: &Values, position: usize, l: &Element, names: &Names) -> Result<Line, Error> {
    let id = l.text_at(&["ID"]).unwrap_or_else(|| position.to_string());
    let what = |term: &str| format!("line {id}: {term}");
    let item = l.child("Item");
    let price = l.child("Price");
    let quantity = l.child(names.quantity);
    Ok(Line {
        note: l.text_at(&["Note"]),
        name: v.required(
            item.and_then(|i| i.text_at(&["Name"])),
            &what("BT-153 item name"),
        )?,
        description: item.and_then(|i| i.text_at(&["Description"])),
        seller_item_id: item.and_then(|i| i.text_at(&["SellersItemIdentification", "ID"])),
        quantity: v.decimal(
            &v.required(quantity.and_then(Element::value), &what("BT-129 quantity"))?,
            DETAIL_PLACES,
            &what("BT-129 quantity"),
        )?,
        unit_code: quantity
            .and_then(|q| q.attribute("unitCode"))
            .unwrap_or_default()
            .to_string(),
        net_price: v.decimal(
            &v.required(
                price.and_then(|p| p.text_at(&["PriceAmount"])),
                &what("BT-146 net price"),
            )?,
            DETAIL_PLACES,
            &what("BT-146 net price"),
        )?,
        price_base_quantity: v.optional_decimal(
            price.and_then(|p| p.text_at(&["BaseQuantity"])),
            DETAIL_PLACES,
            &what("BT-149 price base quantity"),
        )?,
        vat: vat(
            v,
            item.and_then(|i| i.child("ClassifiedTaxCategory")),
            &what("BT-151 VAT category"),
        )?,
        period: period(v, l.child("InvoicePeriod"), &what("BG-26 period"))?,
        allowances_charges: l
            .all("AllowanceCharge")
            .map(|a| {
                Ok(LineAllowanceCharge {
                    charge: is_charge(a),
                    amount: amount(v, a, &["Amount"], &what("BT-136 allowance amount"))?,
                    reason: a.text_at(&["AllowanceChargeReason"]),
                    reason_code: a.text_at(&["AllowanceChargeReasonCode"]),
                })
            })
            .collect::<Result<_, Error>>()?,
        net: amount(
            v,
            l,
            &["LineExtensionAmount"],
            &what("BT-131 line net amount"),
        )?,
        id,
    })
}

fn allowance_charge(v: &Values, a: &Element) -> Result<AllowanceCharge, Error> {
    let what = "BG-20 allowance or BG-21 charge";
    Ok(AllowanceCharge {
        charge: is_charge(a),
        amount: amount(v, a, &["Amount"], what)?,
        vat: vat(v, a.child("TaxCategory"), what)?,
        reason: a.text_at(&["AllowanceChargeReason"]),
        reason_code: a.text_at(&["AllowanceChargeReasonCode"]),
    })
}

fn breakdown(v: &Values, s: &Element) -> Result<VatBreakdown, Error> {
    let category = s.child("TaxCategory");
    Ok(VatBreakdown {
        vat: vat(v, category, "BG-23 VAT breakdown")?,
        base: amount(v, s, &["TaxableAmount"], "BT-116 VAT taxable amount")?,
        tax: amount(v, s, &["TaxAmount"], "BT-117 category tax amount")?,
        exemption_reason: category.and_then(|c| c.text_at(&["TaxExemptionReason"])),
        exemption_code: category.and_then(|c| c.text_at(&["TaxExemptionReasonCode"])),
    })
}

fn totals(v: &Values, root: &Element, tax_total: Option<&Element>) -> Result<Totals, Error> {
    let m = root
        .child("LegalMonetaryTotal")
        .ok_or_else(|| v.missing("BG-22 totals"))?;
    Ok(Totals {
        line_total: optional_amount(v, m, &["LineExtensionAmount"], "BT-106 line total")?,
        allowance_total: optional_amount(v, m, &["AllowanceTotalAmount"], "BT-107 allowances")?,
        charge_total: optional_amount(v, m, &["ChargeTotalAmount"], "BT-108 charges")?,
        tax_basis: amount(v, m, &["TaxExclusiveAmount"], "BT-109 total without VAT")?,
        tax_total: match tax_total {
            Some(t) => optional_amount(v, t, &["TaxAmount"], "BT-110 VAT total")?,
            None => Decimal::ZERO,
        },
        grand_total: amount(v, m, &["TaxInclusiveAmount"], "BT-112 total with VAT")?,
        prepaid: optional_amount(v, m, &["PrepaidAmount"], "BT-113 paid amount")?,
        rounding: optional_amount(v, m, &["PayableRoundingAmount"], "BT-114 rounding")?,
        due: amount(v, m, &["PayableAmount"], "BT-115 amount due")?,
    })
}
