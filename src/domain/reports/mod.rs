//! The figures a manager looks at (issue 15): monthly recurring revenue and its movements
//! (`mrr.rs`), what customers owe by age (`receivables.rs`), and the words and amounts the
//! charts print in the company's language (`labels.rs`). Pure: the store reads the facts,
//! these functions compute.

pub mod labels;
pub mod mrr;
pub mod occupancy;
pub mod receivables;
pub mod revenue;
