//! The ids a user types that name different things with text of the same shape: a
//! customer's code (`C1`), a subscription's id (`SUB-0001`), an invoice's reference (its
//! number `INV-2026-00001`, or `draft:12`). Each is its own type across the ops API, so that
//! one cannot be passed where another is meant.
//!
//! They read as `str` (`Deref`), so code that only looks at the text takes them as it is.

macro_rules! id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(String);

        impl $name {
            pub fn new(id: impl Into<String>) -> Self {
                $name(id.into())
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }

            pub fn into_string(self) -> String {
                self.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl std::ops::Deref for $name {
            type Target = str;

            fn deref(&self) -> &str {
                &self.0
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl From<String> for $name {
            fn from(id: String) -> Self {
                $name(id)
            }
        }

        impl From<&str> for $name {
            fn from(id: &str) -> Self {
                $name(id.to_string())
            }
        }

        /// Any text: what it names is checked where it is looked up.
        impl std::str::FromStr for $name {
            type Err = std::convert::Infallible;

            fn from_str(text: &str) -> Result<Self, Self::Err> {
                Ok($name(text.to_string()))
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.0 == *other
            }
        }
    };
}

id!(
    /// A customer's code.
    CustomerCode
);
id!(
    /// A subscription's id (`SUB-0001`).
    SubscriptionId
);
id!(
    /// An issued document's number, or a draft's reference `draft:ID`.
    InvoiceRef
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_id_reads_as_the_text_it_was_typed_as() {
        let id: SubscriptionId = "SUB-0001".parse().unwrap();
        assert_eq!(id.as_str(), "SUB-0001");
        assert_eq!(id.to_string(), "SUB-0001");
        assert_eq!(id, "SUB-0001");
        assert!(id.starts_with("SUB-"));
        assert_eq!(CustomerCode::from("C1").into_string(), "C1");
        assert_eq!(InvoiceRef::new(String::from("draft:1")), "draft:1");
    }
}
