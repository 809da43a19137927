//! What charts print in the company's language (`company.language`, `fr` or `en`): titles,
//! axis and series names, and amounts in the currency's format (`1 234,56 €` in French,
//! `€1,234.56` in English).

/// The languages charts speak.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Language {
    #[default]
    French,
    English,
}

impl Language {
    pub fn parse(text: &str) -> Language {
        if text.trim().eq_ignore_ascii_case("en") {
            Language::English
        } else {
            Language::French
        }
    }

    /// A label by its key, in this language (the key itself when unknown).
    pub fn label(self, key: &'static str) -> &'static str {
        let (fr, en) = match key {
            "mrr" => ("Revenu mensuel récurrent", "Monthly recurring revenue"),
            "mrr_movements" => ("Mouvements du revenu récurrent", "MRR movements"),
            "month" => ("Mois", "Month"),
            "amount" => ("Montant", "Amount"),
            "new" => ("Nouveaux", "New"),
            "expansion" => ("Hausse", "Expansion"),
            "contraction" => ("Baisse", "Contraction"),
            "churn" => ("Départs", "Churn"),
            "reactivation" => ("Retours", "Reactivation"),
            "churn_title" => ("Revenu récurrent perdu", "Recurring revenue lost"),
            "mrr_lost" => ("Revenu perdu", "Revenue lost"),
            "revenue" => ("Chiffre d'affaires facturé", "Revenue invoiced"),
            "invoiced" => ("Facturé", "Invoiced"),
            "deferred" => ("Produits constatés d'avance", "Deferred revenue"),
            "occupancy" => ("Taux d'occupation", "Occupancy"),
            "period" => ("Période", "Period"),
            "receivables" => ("Créances clients par ancienneté", "Receivables by age"),
            "customer" => ("Client", "Customer"),
            "not_due" => ("Non échu", "Not due"),
            "days_1_30" => ("1-30 j", "1-30 d"),
            "days_31_60" => ("31-60 j", "31-60 d"),
            "days_61_90" => ("61-90 j", "61-90 d"),
            "days_over_90" => ("> 90 j", "> 90 d"),
            _ => (key, key),
        };
        match self {
            Language::French => fr,
            Language::English => en,
        }
    }

    /// An amount in minor units as this language writes money in `currency`.
    pub fn money(self, minor: i64, digits: u32, currency: &str) -> String {
        let sign = if minor < 0 { "-" } else { "" };
        let text = crate::domain::money::format_minor(minor.abs(), digits);
        let (units, decimals) = text.split_once('.').unwrap_or((&text, ""));
        let (group, point) = match self {
            Language::French => ('\u{202F}', ','),
            Language::English => (',', '.'),
        };
        let mut grouped = String::new();
        for (i, c) in units.chars().enumerate() {
            if i > 0 && (units.len() - i) % 3 == 0 {
                grouped.push(group);
            }
            grouped.push(c);
        }
        if !decimals.is_empty() {
            grouped.push(point);
            grouped.push_str(decimals);
        }
        let symbol = match currency {
            "EUR" => "€",
            "USD" => "$",
            "GBP" => "£",
            other => other,
        };
        match self {
            Language::French => format!("{sign}{grouped}\u{a0}{symbol}"),
            Language::English => format!("{sign}{symbol}{grouped}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_is_written_the_way_the_language_writes_it() {
        assert_eq!(
            Language::French.money(123456, 2, "EUR"),
            "1\u{202F}234,56\u{a0}€"
        );
        assert_eq!(Language::English.money(-123456, 2, "EUR"), "-€1,234.56");
        assert_eq!(Language::English.money(5, 2, "CHF"), "CHF0.05");
    }
}
