//! `subs booking add`.

use clap::{Args, ValueEnum};

use crate::cli::args::datetime_arg;
use crate::cli::ctx::Ctx;
use crate::domain::booking::Pay;
use crate::ops::bookings::{self, NewBooking};
use crate::output::views::BookingView;

/// Book one unit of an item at a location over [--from, --to).
///
/// Times are the company's local time: 2026-03-02T09:00, or a bare date for 00:00; a
/// booking ending at 10:00 and one starting at 10:00 do not overlap. Refused (exit 1) when
/// every unit is reserved or booked at some moment of the span, also against bookings made
/// at the same time by other commands.
///
/// --uom counts booking units: hour (exact), half-day (started blocks of 4 h), day (started
/// blocks of 24 h), any other unit one per booking. Paid by credits (taken now, the lots
/// expiring soonest first; refused when short) when a credit type prices the item in that
/// unit, else by an invoice issued now at the item's price for that unit. Prints the
/// booking id (BK-0001).
#[derive(Debug, Args)]
pub struct BookingAddArgs {
    /// The customer booking
    #[arg(long)]
    pub customer: String,
    /// The item booked (a desk, a room)
    #[arg(long)]
    pub item: String,
    /// Where
    #[arg(long)]
    pub location: String,
    /// First instant held (local time)
    #[arg(long, value_name = "DATETIME")]
    pub from: String,
    /// Instant the unit is free again (local time)
    #[arg(long, value_name = "DATETIME")]
    pub to: String,
    /// Booking unit [default: the item's first booking unit, else its unit]
    #[arg(long, value_name = "UOM")]
    pub uom: Option<String>,
    /// credits or invoice [default: credits when a credit type prices it]
    #[arg(long, value_enum)]
    pub pay: Option<PayArg>,
    /// The credit type to pay with, when several price the item
    #[arg(long = "type", value_name = "TYPE")]
    pub credit_type: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: BookingAddArgs) -> anyhow::Result<()> {
    let input = NewBooking {
        customer: args.customer,
        item: args.item,
        location: args.location,
        from: datetime_arg("--from", &args.from)?,
        to: datetime_arg("--to", &args.to)?,
        uom: args.uom,
        pay: args.pay.map(Into::into),
        credit_type: args.credit_type,
    };
    let mut s = ctx.session("booking add")?;
    let booking = bookings::add_booking(&mut s, input)?;
    ctx.printer
        .created(&booking.id, &BookingView::new(&booking, s.clock.tz))?;
    Ok(())
}

/// How a booking is paid, as typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PayArg {
    Credits,
    Invoice,
}

impl From<PayArg> for Pay {
    fn from(p: PayArg) -> Self {
        match p {
            PayArg::Credits => Pay::Credits,
            PayArg::Invoice => Pay::Invoice,
        }
    }
}
