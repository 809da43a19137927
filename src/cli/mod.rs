//! The command line: one folder per noun, one file per verb. Each verb parses its
//! arguments, calls `ops`, and renders the result; nothing else.
//!
//! This file holds the command tree and dispatch, and maps an error to its exit code;
//! `args.rs` the global options and the small parsers the verbs share; `ctx.rs` what every
//! verb is given (the printer, the database path, the machine's settings).

mod account;
mod availability;
mod bank;
mod bill;
mod booking;
mod catalog;
mod completions;
mod config;
mod contract;
mod coupon;
mod credits;
mod customer;
mod db;
mod demo;
mod dunning;
mod fec;
mod init;
mod invoice;
mod item;
mod item_group;
mod journal;
mod location;
mod log;
mod mail;
mod man;
mod order;
mod payment;
mod payment_request;
mod plan;
mod price;
mod price_list;
mod repeat;
mod report;
mod sepa;
mod subscription;
mod template;
mod tick;
mod trial_balance;
mod uom;
mod usage;
mod vat;
mod webhook;

pub mod args;
pub mod ctx;

use clap::{Parser, Subcommand};

use crate::error::{Error, ExitKind};
use crate::output::Printer;
use args::{FormatArg, GlobalArgs};
use ctx::Ctx;

/// Subscription billing for small businesses, over one SQLite file.
///
/// Catalogue, customers, subscriptions, invoices with gapless numbers, payments, booking
/// credits and locations. `subs tick` (hourly from cron) issues whatever is due.
#[derive(Debug, Parser)]
#[command(name = "subs", version, propagate_version = true, max_term_width = 100)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create the database for a company
    Init(init::InitArgs),
    /// Company settings stored in the database
    #[command(subcommand)]
    Config(config::ConfigCommand),
    /// The database file: where it is, checks, backups, migrations
    #[command(subcommand)]
    Db(db::DbCommand),
    /// Customers: who is billed
    #[command(subcommand)]
    Customer(customer::CustomerCommand),
    /// Units of measure and per-item conversions
    #[command(subcommand)]
    Uom(uom::UomCommand),
    /// Item groups, a tree (rooms, coworking, fablab, memberships…)
    #[command(subcommand)]
    ItemGroup(item_group::ItemGroupCommand),
    /// Items: what is sold
    #[command(subcommand)]
    Item(item::ItemCommand),
    /// Price lists
    #[command(subcommand)]
    PriceList(price_list::PriceListCommand),
    /// Item prices in price lists
    #[command(subcommand)]
    Price(price::PriceCommand),
    /// VAT rates
    #[command(subcommand)]
    Vat(vat::VatCommand),
    /// Reminders of overdue invoices: levels, and where each invoice stands
    #[command(subcommand)]
    Dunning(dunning::DunningCommand),
    /// Plans: reusable bundles of item lines
    #[command(subcommand)]
    Plan(plan::PlanCommand),
    /// Coupons: a discount for some periods of a subscription, or for ever
    #[command(subcommand)]
    Coupon(coupon::CouponCommand),
    /// Subscriptions: recurring billing for a customer
    #[command(subcommand)]
    Subscription(subscription::SubscriptionCommand),
    /// Cancel a subscription (same as `subscription cancel`)
    Cancel(subscription::cancel::SubscriptionCancelArgs),
    /// Sales orders
    #[command(subcommand)]
    Order(order::OrderCommand),
    /// Invoices and credit notes
    #[command(subcommand)]
    Invoice(invoice::InvoiceCommand),
    /// Payments received and their allocation to invoices
    #[command(subcommand)]
    Payment(payment::PaymentCommand),
    /// Requests to pay by link or through a gateway
    #[command(subcommand)]
    PaymentRequest(payment_request::PaymentRequestCommand),
    /// Payment gateway webhooks
    #[command(subcommand)]
    Webhook(webhook::WebhookCommand),
    /// E-mail templates
    #[command(subcommand)]
    Template(template::TemplateCommand),
    /// The outbox and its delivery over SMTP
    #[command(subcommand)]
    Mail(mail::MailCommand),
    /// Bank statements: import and reconciliation
    #[command(subcommand)]
    Bank(bank::BankCommand),
    /// SEPA direct debit: collection files for the bank
    #[command(subcommand)]
    Sepa(sepa::SepaCommand),
    /// Supplier bills: what the company owes (rent, energy, cleaning)
    #[command(subcommand)]
    Bill(bill::BillCommand),
    /// Documents copied on a schedule (invoices, orders, supplier bills)
    #[command(subcommand)]
    Repeat(repeat::RepeatCommand),
    /// Contracts: customers' signed commitments and their fulfilment terms
    #[command(subcommand)]
    Contract(contract::ContractCommand),
    /// The website catalogue of published items
    #[command(subcommand)]
    Catalog(catalog::CatalogCommand),
    /// Booking credits: types, grants, uses, balances, lots and ledger
    #[command(subcommand)]
    Credits(credits::CreditsCommand),
    /// Locations and how many of each bookable item they hold
    #[command(subcommand)]
    Location(location::LocationCommand),
    /// Bookings of an item at a location, paid by credits or invoiced
    #[command(subcommand)]
    Booking(booking::BookingCommand),
    /// Free units of an item at a location, per day or per slot
    Availability(availability::AvailabilityArgs),
    /// Metered usage (pages printed, room hours), billed in arrears
    #[command(subcommand)]
    Usage(usage::UsageCommand),
    /// The chart of accounts journal entries are posted to
    #[command(subcommand)]
    Account(account::AccountCommand),
    /// Journal entries derived from the documents
    Journal(journal::JournalArgs),
    /// The balance of every account on a day
    TrialBalance(trial_balance::TrialBalanceArgs),
    /// The FEC (fichier des écritures comptables) of a fiscal year
    #[command(subcommand)]
    Fec(fec::FecCommand),
    /// Reports a manager looks at: MRR, receivables, all of them with charts
    #[command(subcommand)]
    Report(report::ReportCommand),
    /// Issue whatever is due (run it hourly from cron)
    Tick(tick::TickArgs),
    /// The audit log of every change
    Log(log::LogArgs),
    /// Print shell completions
    Completions(completions::CompletionsArgs),
    /// Write man pages
    Man(man::ManArgs),
    /// Create a demo database and bill a few months on it
    Demo(demo::DemoArgs),
}

pub fn run(cli: Cli) -> anyhow::Result<()> {
    if cli.global.format == FormatArg::Camt053 {
        return Err(Error::Usage(
            "--format camt053: --format is the output format (table, csv or json); \
             give a statement's format with `bank import --statement-format camt053`"
                .into(),
        )
        .into());
    }
    let printer = Printer::stdout(
        cli.global.format.into(),
        cli.global.quiet,
        cli.global.verbose,
    );
    let mut ctx = Ctx {
        global: cli.global,
        printer,
    };
    let result = match cli.command {
        Command::Init(args) => init::run(&mut ctx, args),
        Command::Config(cmd) => config::run(&mut ctx, cmd),
        Command::Db(cmd) => db::run(&mut ctx, cmd),
        Command::Customer(cmd) => customer::run(&mut ctx, cmd),
        Command::Uom(cmd) => uom::run(&mut ctx, cmd),
        Command::ItemGroup(cmd) => item_group::run(&mut ctx, cmd),
        Command::Item(cmd) => item::run(&mut ctx, cmd),
        Command::PriceList(cmd) => price_list::run(&mut ctx, cmd),
        Command::Price(cmd) => price::run(&mut ctx, cmd),
        Command::Vat(cmd) => vat::run(&mut ctx, cmd),
        Command::Dunning(cmd) => dunning::run(&mut ctx, cmd),
        Command::Plan(cmd) => plan::run(&mut ctx, cmd),
        Command::Coupon(cmd) => coupon::run(&mut ctx, cmd),
        Command::Subscription(cmd) => subscription::run(&mut ctx, cmd),
        Command::Cancel(args) => subscription::cancel::run(&mut ctx, args),
        Command::Order(cmd) => order::run(&mut ctx, cmd),
        Command::Invoice(cmd) => invoice::run(&mut ctx, cmd),
        Command::Payment(cmd) => payment::run(&mut ctx, cmd),
        Command::PaymentRequest(cmd) => payment_request::run(&mut ctx, cmd),
        Command::Webhook(cmd) => webhook::run(&mut ctx, cmd),
        Command::Template(cmd) => template::run(&mut ctx, cmd),
        Command::Mail(cmd) => mail::run(&mut ctx, cmd),
        Command::Bank(cmd) => bank::run(&mut ctx, cmd),
        Command::Sepa(cmd) => sepa::run(&mut ctx, cmd),
        Command::Bill(cmd) => bill::run(&mut ctx, cmd),
        Command::Repeat(cmd) => repeat::run(&mut ctx, cmd),
        Command::Contract(cmd) => contract::run(&mut ctx, cmd),
        Command::Catalog(cmd) => catalog::run(&mut ctx, cmd),
        Command::Credits(cmd) => credits::run(&mut ctx, cmd),
        Command::Location(cmd) => location::run(&mut ctx, cmd),
        Command::Booking(cmd) => booking::run(&mut ctx, cmd),
        Command::Availability(args) => availability::run(&mut ctx, args),
        Command::Usage(cmd) => usage::run(&mut ctx, cmd),
        Command::Account(cmd) => account::run(&mut ctx, cmd),
        Command::Journal(args) => journal::run(&mut ctx, args),
        Command::TrialBalance(args) => trial_balance::run(&mut ctx, args),
        Command::Fec(cmd) => fec::run(&mut ctx, cmd),
        Command::Report(cmd) => report::run(&mut ctx, cmd),
        Command::Tick(args) => tick::run(&mut ctx, args),
        Command::Log(args) => log::run(&mut ctx, args),
        Command::Completions(args) => completions::run(&mut ctx, args, command()),
        Command::Man(args) => man::run(&mut ctx, args, command()),
        Command::Demo(args) => demo::run(&mut ctx, args),
    };
    let flushed = ctx.printer.flush();
    result?;
    flushed?;
    Ok(())
}

/// The exit code for an error: the kind of the first `subs` error in the chain.
pub fn exit_code(error: &anyhow::Error) -> u8 {
    error
        .chain()
        .find_map(|e| e.downcast_ref::<Error>())
        .map_or(ExitKind::Refused, Error::exit_kind) as u8
}

/// The longest error line printed: whatever an input makes a message quote, the line
/// stays readable.
const MAX_ERROR_CHARS: usize = 1000;

/// The error as one line, causes joined, at most [`MAX_ERROR_CHARS`] characters.
pub fn one_line(error: &anyhow::Error) -> String {
    let line = format!("{error:#}").replace(['\n', '\r'], " ");
    crate::domain::values::clip(&line, MAX_ERROR_CHARS).into_owned()
}

/// The clap command tree, for parsing, completions and man pages. A value that looks like
/// a negative number (`-5`) is always a value, never a flag, so that the domain can refuse
/// it with a clear message.
pub fn command() -> clap::Command {
    fn allow_negatives(cmd: clap::Command) -> clap::Command {
        cmd.allow_negative_numbers(true)
            .mut_subcommands(allow_negatives)
    }
    allow_negatives(<Cli as clap::CommandFactory>::command())
}

/// Parses the process arguments (exits with clap's message and code 2 on usage errors).
pub fn parse() -> Cli {
    let matches = command().get_matches();
    <Cli as clap::FromArgMatches>::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
}
