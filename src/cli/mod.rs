//! The command line: one folder per noun, one file per verb. Each verb parses its
//! arguments, calls `ops`, and renders the result; nothing else.

mod availability;
mod bank;
mod bill;
mod booking;
mod catalog;
mod completions;
mod config;
mod contract;
mod credits;
mod customer;
mod db;
mod demo;
mod init;
mod invoice;
mod item;
mod item_group;
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
mod sepa;
mod subscription;
mod template;
mod tick;
mod uom;
mod vat;
mod webhook;

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::domain::money::{DecimalRule, parse_decimal};
use crate::domain::values::parse_date;
use crate::error::{Error, ExitKind};
use crate::ops::Session;
use crate::output::{Format, Printer};

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

/// Options accepted before or after any subcommand, listed under their own heading in
/// every `--help` so that a command's own flags stand apart.
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// The database file [default: $XDG_DATA_HOME/subs/subs.db]
    #[arg(long, env = "SUBS_DB", global = true, value_name = "PATH")]
    pub db: Option<PathBuf>,

    /// Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]
    #[arg(long, env = "SUBS_CONFIG", global = true, value_name = "PATH")]
    pub config: Option<PathBuf>,

    /// Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339
    #[arg(long, env = "SUBS_NOW", global = true, value_name = "DATETIME")]
    pub now: Option<String>,

    /// Output format of the data printed on stdout
    #[arg(long, env = "SUBS_FORMAT", global = true, value_enum, default_value_t = FormatArg::Table)]
    pub format: FormatArg,

    /// Print errors only: no notes or summaries (for cron); data asked for still goes to stdout
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,

    /// Say more on stderr
    #[arg(short, long, global = true)]
    pub verbose: bool,

    /// Answer yes to confirmations (needed without a terminal)
    #[arg(long, global = true)]
    pub yes: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    Table,
    Csv,
    Json,
    /// Not an output format: accepted by the parser only to say where it belongs now
    /// (`bank import --statement-format camt053`).
    #[value(hide = true)]
    Camt053,
}

impl From<FormatArg> for Format {
    fn from(f: FormatArg) -> Format {
        match f {
            FormatArg::Table | FormatArg::Camt053 => Format::Table,
            FormatArg::Csv => Format::Csv,
            FormatArg::Json => Format::Json,
        }
    }
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
    /// Plans: reusable bundles of item lines
    #[command(subcommand)]
    Plan(plan::PlanCommand),
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

/// What every command gets: the global options and where to print.
pub struct Ctx {
    pub global: GlobalArgs,
    pub printer: Printer,
}

impl Ctx {
    /// The database path: `--db`, `SUBS_DB`, or the XDG data directory.
    pub fn db_path(&self) -> PathBuf {
        self.global.db.clone().unwrap_or_else(default_db_path)
    }

    /// The machine settings: `--config`, `SUBS_CONFIG`, or the XDG config directory.
    pub fn machine_config(&self) -> Result<crate::config::MachineConfig, Error> {
        let path = self
            .global
            .config
            .clone()
            .unwrap_or_else(default_config_path);
        crate::config::MachineConfig::load(&path)
    }

    /// Opens the database for `command` (the name written in the audit log).
    pub fn session(&self, command: &str) -> Result<Session, Error> {
        Session::open(&self.db_path(), self.global.now.as_deref(), command)
    }
}

fn xdg_dir(var: &str, fallback: &str) -> PathBuf {
    match std::env::var_os(var) {
        Some(dir) if !dir.is_empty() => PathBuf::from(dir),
        _ => std::env::var_os("HOME")
            .map(PathBuf::from)
            .unwrap_or_default()
            .join(fallback),
    }
}

pub fn default_db_path() -> PathBuf {
    xdg_dir("XDG_DATA_HOME", ".local/share")
        .join("subs")
        .join("subs.db")
}

pub fn default_config_path() -> PathBuf {
    xdg_dir("XDG_CONFIG_HOME", ".config")
        .join("subs")
        .join("config.toml")
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
        Command::Plan(cmd) => plan::run(&mut ctx, cmd),
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
        Command::Tick(args) => tick::run(&mut ctx, args),
        Command::Log(args) => log::run(&mut ctx, args),
        Command::Completions(args) => completions::run(&mut ctx, args),
        Command::Man(args) => man::run(&mut ctx, args),
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

// ── small parsers shared by the verbs: they name the flag in their errors ──

pub(crate) fn date_arg(flag: &str, text: Option<&str>) -> Result<Option<chrono::NaiveDate>, Error> {
    text.map(|t| parse_date(flag, t)).transpose()
}

pub(crate) fn decimal_arg(
    flag: &str,
    text: &str,
    rule: DecimalRule,
) -> Result<rust_decimal::Decimal, Error> {
    parse_decimal(flag, text, rule)
}

/// Billing interval units, as typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum IntervalArg {
    Day,
    Week,
    Month,
    Year,
}

impl From<IntervalArg> for crate::domain::period::IntervalUnit {
    fn from(i: IntervalArg) -> Self {
        use crate::domain::period::IntervalUnit;
        match i {
            IntervalArg::Day => IntervalUnit::Day,
            IntervalArg::Week => IntervalUnit::Week,
            IntervalArg::Month => IntervalUnit::Month,
            IntervalArg::Year => IntervalUnit::Year,
        }
    }
}

/// The most intervals one period may span (`--every`): a thousand years at most.
pub(crate) const MAX_EVERY: u32 = 1000;

/// `--every N`: a whole number from 1 to [`MAX_EVERY`].
pub(crate) fn every_arg(text: Option<&str>) -> Result<Option<u32>, Error> {
    text.map(|t| match t.trim().parse::<u32>() {
        Ok(n) if (1..=MAX_EVERY).contains(&n) => Ok(n),
        _ => Err(Error::invalid(
            "--every",
            format!("{t:?} is not a whole number from 1 to {MAX_EVERY}"),
        )),
    })
    .transpose()
}

/// A count of days such as `--days-until-due`.
pub(crate) fn days_arg(flag: &str, text: Option<&str>) -> Result<Option<u32>, Error> {
    text.map(|t| match t.trim().parse::<u32>() {
        Ok(n) if n <= 3650 => Ok(n),
        _ => Err(Error::invalid(
            flag,
            format!("{t:?} is not a number of days (0 to 3650)"),
        )),
    })
    .transpose()
}

/// The `--item ITEM[:QTY][@RATE]` values.
pub(crate) fn line_specs(items: &[String]) -> Result<Vec<crate::domain::lines::LineSpec>, Error> {
    items
        .iter()
        .map(|i| crate::domain::lines::parse_line_spec("--item", i))
        .collect()
}

/// The minor digits of the company currency.
pub(crate) fn currency_digits(s: &mut Session) -> Result<u32, Error> {
    Ok(crate::domain::money::minor_digits(&s.company()?.currency))
}

/// `--flag ""` clears an optional text; anything else sets it.
pub(crate) fn clearable(value: Option<String>) -> Option<Option<String>> {
    value.map(|v| if v.trim().is_empty() { None } else { Some(v) })
}

/// The most a text input (a template body, a contract's terms, a column mapping) may hold.
pub(crate) const MAX_TEXT_INPUT: u64 = 1 << 20;

/// The most a data input (a bank statement, a customer or item import) may hold.
pub(crate) const MAX_DATA_INPUT: u64 = 100 << 20;

/// Reads a named input file, or standard input for `-`: (name for messages, bytes). More
/// than `max_bytes` is refused without reading on (`/dev/zero` never ends).
pub(crate) fn read_input(
    path: &std::path::Path,
    max_bytes: u64,
) -> Result<(String, Vec<u8>), Error> {
    use std::io::Read;
    let mut bytes = Vec::new();
    let (name, reader): (String, Box<dyn Read>) = if path.as_os_str() == "-" {
        ("<stdin>".into(), Box::new(std::io::stdin()))
    } else {
        let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
        let meta = file.metadata().map_err(|e| Error::io(path, e))?;
        if meta.is_dir() {
            return Err(Error::io(
                path,
                std::io::Error::new(
                    std::io::ErrorKind::IsADirectory,
                    "is a directory, not a file",
                ),
            ));
        }
        // A regular file says how long it is: read it into one allocation.
        bytes.reserve(meta.len().min(max_bytes + 1) as usize);
        (path.display().to_string(), Box::new(file))
    };
    reader
        .take(max_bytes + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io(&name, e))?;
    if bytes.len() as u64 > max_bytes {
        return Err(Error::invalid(
            name,
            format!(
                "is larger than {} MiB, the most this input may hold",
                max_bytes >> 20
            ),
        ));
    }
    Ok((name, bytes))
}

/// Reads a text input (UTF-8, at most [`MAX_TEXT_INPUT`]): (name for messages, text). A
/// byte that is not UTF-8 is refused naming its line.
pub(crate) fn read_text(path: &std::path::Path) -> Result<(String, String), Error> {
    let (name, bytes) = read_input(path, MAX_TEXT_INPUT)?;
    let text = crate::domain::values::utf8_text(&name, &bytes, " (save the file as UTF-8)")?;
    Ok((name.clone(), text.to_string()))
}
