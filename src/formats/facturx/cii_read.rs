//! Reading a Cross Industry Invoice (Factur-X, ZUGFeRD 2, XRechnung CII) into the model.
//!
//! Every profile is read for what it has: MINIMUM and BASIC WL files have no lines, only
//! totals; EXTENDED files have more than the model keeps, which is left out. Values are
//! taken as written; whether the totals add up is [`Document::check_totals`]'s question.
//! What the model cannot do without (number, type, date, currency, the parties' names,
//! the totals) is required, and its absence named by business term.

use rust_decimal::Decimal;

use crate::domain::einvoice::{
    Address, AllowanceCharge, Card, Contact, DirectDebit, Document, DocumentType, Header,
    Identifier, Line, LineAllowanceCharge, MeansKind, Note, NoteSubject, Party, PayeeAccount,
    PaymentMeans, PrecedingInvoice, ServicePeriod, Totals, Vat, VatBreakdown, VatCategory,
    VatPoint,
};
use crate::error::Error;

use super::names::NS_RSM;
use super::xml::{Element, Tree, Values};

/// Decimals read in an amount: EN 16931 allows two (BR-DEC-*).
pub(super) const AMOUNT_PLACES: u32 = 2;
/// Decimals read in a quantity, a price or a rate: more than any profile writes.
pub(super) const DETAIL_PLACES: u32 = 10;

/// Reads a parsed CII document; `source` names the file in errors.
pub fn read_cii(source: &str, tree: &Tree) -> Result<Document, Error> {
    let v = Values { source };
    if tree.root.name != "CrossIndustryInvoice" || tree.namespace.as_deref() != Some(NS_RSM) {
        return Err(v.invalid("root", "is not a Cross Industry Invoice"));
    }
    let root = &tree.root;
    let transaction = root
        .child("SupplyChainTradeTransaction")
        .ok_or_else(|| v.missing("SupplyChainTradeTransaction"))?;
    let agreement = transaction
        .child("ApplicableHeaderTradeAgreement")
        .ok_or_else(|| v.missing("ApplicableHeaderTradeAgreement"))?;
    let settlement = transaction
        .child("ApplicableHeaderTradeSettlement")
        .ok_or_else(|| v.missing("ApplicableHeaderTradeSettlement"))?;
    let header = header(&v, root, agreement, settlement)?;
    let lines = transaction
        .all("IncludedSupplyChainTradeLineItem")
        .enumerate()
        .map(|(i, item)| line(&v, i + 1, item))
        .collect::<Result<Vec<_>, _>>()?;
    let allowances_charges = settlement
        .all("SpecifiedTradeAllowanceCharge")
        .map(|a| allowance_charge(&v, a))
        .collect::<Result<Vec<_>, _>>()?;
    let vat_breakdown = settlement
        .all("ApplicableTradeTax")
        .map(|t| breakdown(&v, t))
        .collect::<Result<Vec<_>, _>>()?;
    let totals = totals(&v, settlement, &header.currency)?;
    Ok(Document {
        header,
        lines,
        allowances_charges,
        vat_breakdown,
        totals,
    })
}

fn header(
    v: &Values,
    root: &Element,
    agreement: &Element,
    settlement: &Element,
) -> Result<Header, Error> {
    let exchanged = root
        .child("ExchangedDocument")
        .ok_or_else(|| v.missing("ExchangedDocument"))?;
    let number = v.required(exchanged.text_at(&["ID"]), "BT-1 invoice number")?;
    let kind = v.required(exchanged.text_at(&["TypeCode"]), "BT-3 type code")?;
    let kind = kind.parse().map(DocumentType::from_code).map_err(|_| {
        v.invalid(
            "BT-3 type code",
            format!("{kind:?} is not a UNTDID 1001 code"),
        )
    })?;
    let issue = v.required(
        exchanged.text_at(&["IssueDateTime", "DateTimeString"]),
        "BT-2 issue date",
    )?;
    let issue_date = v.date_102(&issue, "BT-2 issue date")?;
    let notes = exchanged
        .all("IncludedNote")
        .filter_map(|n| {
            Some(Note {
                subject: n
                    .text_at(&["SubjectCode"])
                    .map(|c| NoteSubject::from_code(&c)),
                text: n.text_at(&["Content"])?,
            })
        })
        .collect();
    let currency = v.required(
        settlement.text_at(&["InvoiceCurrencyCode"]),
        "BT-5 currency",
    )?;
    let seller = party(
        v,
        agreement
            .child("SellerTradeParty")
            .ok_or_else(|| v.missing("BG-4 seller"))?,
        "BT-27 seller name",
    )?;
    let buyer = party(
        v,
        agreement
            .child("BuyerTradeParty")
            .ok_or_else(|| v.missing("BG-7 buyer"))?,
        "BT-44 buyer name",
    )?;
    let preceding_invoices = settlement
        .all("InvoiceReferencedDocument")
        .filter_map(|r| {
            let number = r.text_at(&["IssuerAssignedID"])?;
            Some((
                number,
                r.text_at(&["FormattedIssueDateTime", "DateTimeString"]),
            ))
        })
        .map(|(number, date)| {
            Ok(PrecedingInvoice {
                number,
                issue_date: date
                    .map(|d| v.date_102(&d, "BT-26 preceding invoice date"))
                    .transpose()?,
            })
        })
        .collect::<Result<Vec<_>, Error>>()?;
    let terms = settlement.child("SpecifiedTradePaymentTerms");
    let due_date = terms
        .and_then(|t| t.text_at(&["DueDateDateTime", "DateTimeString"]))
        .map(|d| v.date_102(&d, "BT-9 due date"))
        .transpose()?;
    let mandate = terms.and_then(|t| t.text_at(&["DirectDebitMandateID"]));
    let creditor_id = settlement.text_at(&["CreditorReferenceID"]);
    let mut payment_means = settlement
        .all("SpecifiedTradeSettlementPaymentMeans")
        .map(payment_means)
        .collect::<Vec<_>>();
    attach_direct_debit(&mut payment_means, mandate, creditor_id);
    Ok(Header {
        kind,
        number,
        issue_date,
        currency,
        business_process: root.text_at(&[
            "ExchangedDocumentContext",
            "BusinessProcessSpecifiedDocumentContextParameter",
            "ID",
        ]),
        notes,
        buyer_reference: agreement.text_at(&["BuyerReference"]),
        contract_reference: agreement.text_at(&["ContractReferencedDocument", "IssuerAssignedID"]),
        seller,
        buyer,
        preceding_invoices,
        period: period(
            v,
            settlement.child("BillingSpecifiedPeriod"),
            "BG-14 period",
        )?,
        vat_point: settlement
            .text_at(&["ApplicableTradeTax", "DueDateTypeCode"])
            .and_then(|code| match code.as_str() {
                "5" => Some(VatPoint::InvoiceDate),
                "29" => Some(VatPoint::DeliveryDate),
                "72" => Some(VatPoint::PaymentDate),
                _ => None,
            }),
        payment_reference: settlement.text_at(&["PaymentReference"]),
        payment_means,
        payment_terms: terms.and_then(|t| t.text_at(&["Description"])),
        due_date,
    })
}

/// CII keeps the mandate (BT-89) in the payment terms and the creditor id (BT-90) in the
/// settlement, and the debited account (BT-91) in a means of payment: they go to the
/// direct debit among the means (the first means `59`/`49`, or the one with an account
/// debited), made if the file names one but no such means.
fn attach_direct_debit(
    means: &mut Vec<PaymentMeans>,
    mandate: Option<String>,
    creditor_id: Option<String>,
) {
    if mandate.is_none() && creditor_id.is_none() {
        return;
    }
    let position = means
        .iter()
        .position(|m| m.direct_debit.is_some())
        .or_else(|| {
            means
                .iter()
                .position(|m| matches!(m.kind, MeansKind::SepaDirectDebit | MeansKind::DirectDebit))
        });
    let target = match position {
        Some(i) => &mut means[i],
        None => {
            means.push(PaymentMeans::other(MeansKind::SepaDirectDebit));
            let last = means.len() - 1;
            &mut means[last]
        }
    };
    let debit = target.direct_debit.get_or_insert(DirectDebit {
        mandate: String::new(),
        creditor_id: String::new(),
        debtor_iban: None,
    });
    debit.mandate = mandate.unwrap_or_default();
    debit.creditor_id = creditor_id.unwrap_or_default();
}

fn payment_means(m: &Element) -> PaymentMeans {
    let kind = MeansKind::from_code(&m.text_at(&["TypeCode"]).unwrap_or_default());
    let payee_account = m.child("PayeePartyCreditorFinancialAccount").and_then(|a| {
        Some(PayeeAccount {
            iban: a
                .text_at(&["IBANID"])
                .or_else(|| a.text_at(&["ProprietaryID"]))?,
            name: a.text_at(&["AccountName"]),
            bic: m.text_at(&["PayeeSpecifiedCreditorFinancialInstitution", "BICID"]),
        })
    });
    let card = m
        .child("ApplicableTradeSettlementFinancialCard")
        .and_then(|c| {
            Some(Card {
                number: c.text_at(&["ID"])?,
                holder: c.text_at(&["CardholderName"]),
            })
        });
    let direct_debit = m
        .text_at(&["PayerPartyDebtorFinancialAccount", "IBANID"])
        .map(|iban| DirectDebit {
            mandate: String::new(),
            creditor_id: String::new(),
            debtor_iban: Some(iban),
        });
    PaymentMeans {
        kind,
        information: m.text_at(&["Information"]),
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
    let registration = |scheme: &str| {
        p.all("SpecifiedTaxRegistration")
            .filter_map(|r| r.child("ID"))
            .find(|id| id.attribute("schemeID") == Some(scheme))
            .and_then(Element::value)
    };
    let address = p
        .child("PostalTradeAddress")
        .map(|a| Address {
            lines: ["LineOne", "LineTwo", "LineThree"]
                .iter()
                .filter_map(|name| a.text_at(&[name]))
                .collect(),
            city: a.text_at(&["CityName"]),
            postcode: a.text_at(&["PostcodeCode"]),
            subdivision: a.text_at(&["CountrySubDivisionName"]),
            country: a.text_at(&["CountryID"]).unwrap_or_default(),
        })
        .unwrap_or_default();
    let contact = p.child("DefinedTradeContact").map(|c| Contact {
        name: c
            .text_at(&["PersonName"])
            .or_else(|| c.text_at(&["DepartmentName"])),
        phone: c.text_at(&["TelephoneUniversalCommunication", "CompleteNumber"]),
        email: c.text_at(&["EmailURIUniversalCommunication", "URIID"]),
    });
    let legal = p.child("SpecifiedLegalOrganization");
    Ok(Party {
        name: v.required(p.text_at(&["Name"]), name_term)?,
        trading_name: legal.and_then(|l| l.text_at(&["TradingBusinessName"])),
        identifiers: p
            .all("ID")
            .chain(p.all("GlobalID"))
            .filter_map(identifier)
            .collect(),
        legal_id: legal.and_then(|l| l.child("ID")).and_then(identifier),
        vat_id: registration("VA"),
        tax_registration: registration("FC"),
        legal_info: p.text_at(&["Description"]),
        electronic_address: p
            .at(&["URIUniversalCommunication", "URIID"])
            .and_then(identifier),
        address,
        contact,
    })
}

fn period(v: &Values, e: Option<&Element>, what: &str) -> Result<Option<ServicePeriod>, Error> {
    let Some(e) = e else {
        return Ok(None);
    };
    let start = e.text_at(&["StartDateTime", "DateTimeString"]);
    let end = e.text_at(&["EndDateTime", "DateTimeString"]);
    match (start, end) {
        (Some(start), Some(end)) => Ok(Some(ServicePeriod {
            start: v.date_102(&start, what)?,
            end: v.date_102(&end, what)?,
        })),
        // A period with one end only says too little to keep.
        _ => Ok(None),
    }
}

/// A VAT category and rate from an element with `CategoryCode` and `RateApplicablePercent`.
fn vat(v: &Values, e: &Element, what: &str) -> Result<Vat, Error> {
    let code = v.required(e.text_at(&["CategoryCode"]), what)?;
    let category = VatCategory::from_code(&code)
        .ok_or_else(|| v.invalid(what, format!("{code:?} is not a VAT category of EN 16931")))?;
    let rate = v
        .optional_decimal(e.text_at(&["RateApplicablePercent"]), DETAIL_PLACES, what)?
        .unwrap_or(Decimal::ZERO);
    Ok(Vat { category, rate })
}

fn amount(v: &Values, e: &Element, path: &[&str], what: &str) -> Result<Decimal, Error> {
    let text = v.required(e.text_at(path), what)?;
    v.decimal(&text, AMOUNT_PLACES, what)
}

fn optional_amount(v: &Values, e: &Element, path: &[&str], what: &str) -> Result<Decimal, Error> {
    Ok(v.optional_decimal(e.text_at(path), AMOUNT_PLACES, what)?
        .unwrap_or(Decimal::ZERO))
}

fn line(v: &Values, position: usize, item: &Element) -> Result<Line, Error> {
    let id = item
        .text_at(&["AssociatedDocumentLineDocument", "LineID"])
        .unwrap_or_else(|| position.to_string());
    let what = |term: &str| format!("line {id}: {term}");
    let product = item.child("SpecifiedTradeProduct");
    let price = item.at(&["SpecifiedLineTradeAgreement", "NetPriceProductTradePrice"]);
    let quantity = item.at(&["SpecifiedLineTradeDelivery", "BilledQuantity"]);
    let settlement = item
        .child("SpecifiedLineTradeSettlement")
        .ok_or_else(|| v.missing(&what("SpecifiedLineTradeSettlement")))?;
    let tax = settlement
        .child("ApplicableTradeTax")
        .ok_or_else(|| v.missing(&what("BT-151 VAT category")))?;
    Ok(Line {
        note: item.text_at(&["AssociatedDocumentLineDocument", "IncludedNote", "Content"]),
        name: v.required(
            product.and_then(|p| p.text_at(&["Name"])),
            &what("BT-153 item name"),
        )?,
        description: product.and_then(|p| p.text_at(&["Description"])),
        seller_item_id: product.and_then(|p| p.text_at(&["SellerAssignedID"])),
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
                price.and_then(|p| p.text_at(&["ChargeAmount"])),
                &what("BT-146 net price"),
            )?,
            DETAIL_PLACES,
            &what("BT-146 net price"),
        )?,
        price_base_quantity: v.optional_decimal(
            price.and_then(|p| p.text_at(&["BasisQuantity"])),
            DETAIL_PLACES,
            &what("BT-149 price base quantity"),
        )?,
        vat: vat(v, tax, &what("BT-151 VAT category"))?,
        period: period(
            v,
            settlement.child("BillingSpecifiedPeriod"),
            &what("BG-26 period"),
        )?,
        allowances_charges: settlement
            .all("SpecifiedTradeAllowanceCharge")
            .map(|a| {
                Ok(LineAllowanceCharge {
                    charge: is_charge(a),
                    amount: amount(v, a, &["ActualAmount"], &what("BT-136 allowance amount"))?,
                    reason: a.text_at(&["Reason"]),
                    reason_code: a.text_at(&["ReasonCode"]),
                })
            })
            .collect::<Result<_, Error>>()?,
        net: amount(
            v,
            settlement,
            &[
                "SpecifiedTradeSettlementLineMonetarySummation",
                "LineTotalAmount",
            ],
            &what("BT-131 line net amount"),
        )?,
        id,
    })
}

fn is_charge(a: &Element) -> bool {
    a.text_at(&["ChargeIndicator", "Indicator"]).as_deref() == Some("true")
}

fn allowance_charge(v: &Values, a: &Element) -> Result<AllowanceCharge, Error> {
    let what = "BG-20 allowance or BG-21 charge";
    Ok(AllowanceCharge {
        charge: is_charge(a),
        amount: amount(v, a, &["ActualAmount"], what)?,
        vat: vat(
            v,
            a.child("CategoryTradeTax")
                .ok_or_else(|| v.missing(&format!("{what}: BT-95 VAT category")))?,
            what,
        )?,
        reason: a.text_at(&["Reason"]),
        reason_code: a.text_at(&["ReasonCode"]),
    })
}

fn breakdown(v: &Values, t: &Element) -> Result<VatBreakdown, Error> {
    let what = "BG-23 VAT breakdown";
    Ok(VatBreakdown {
        vat: vat(v, t, what)?,
        base: amount(v, t, &["BasisAmount"], "BT-116 VAT taxable amount")?,
        tax: amount(v, t, &["CalculatedAmount"], "BT-117 category tax amount")?,
        exemption_reason: t.text_at(&["ExemptionReason"]),
        exemption_code: t.text_at(&["ExemptionReasonCode"]),
    })
}

fn totals(v: &Values, settlement: &Element, currency: &str) -> Result<Totals, Error> {
    let s = settlement
        .child("SpecifiedTradeSettlementHeaderMonetarySummation")
        .ok_or_else(|| v.missing("BG-22 totals"))?;
    // BT-110 is the VAT total in the invoice's currency; a second one (BT-111) may give it
    // in the accounting currency.
    let tax_total = s
        .all("TaxTotalAmount")
        .find(|t| t.attribute("currencyID").is_none_or(|c| c == currency))
        .and_then(Element::value)
        .map(|t| v.decimal(&t, AMOUNT_PLACES, "BT-110 VAT total"))
        .transpose()?
        .unwrap_or(Decimal::ZERO);
    Ok(Totals {
        line_total: optional_amount(v, s, &["LineTotalAmount"], "BT-106 line total")?,
        allowance_total: optional_amount(v, s, &["AllowanceTotalAmount"], "BT-107 allowances")?,
        charge_total: optional_amount(v, s, &["ChargeTotalAmount"], "BT-108 charges")?,
        tax_basis: amount(v, s, &["TaxBasisTotalAmount"], "BT-109 total without VAT")?,
        tax_total,
        grand_total: amount(v, s, &["GrandTotalAmount"], "BT-112 total with VAT")?,
        prepaid: optional_amount(v, s, &["TotalPrepaidAmount"], "BT-113 paid amount")?,
        rounding: optional_amount(v, s, &["RoundingAmount"], "BT-114 rounding")?,
        due: amount(v, s, &["DuePayableAmount"], "BT-115 amount due")?,
    })
}
