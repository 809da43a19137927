//! `subs booking cancel`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::domain::credits::format_credits;
use crate::ops::bookings;
use crate::output::Format;
use crate::output::views::BookingView;

/// Cancel a booking: its unit is free again at once.
///
/// Credits go back to the lots they were taken from, except lots that have expired since
/// (their credits would have lapsed anyway). A booking paid by invoice gets a credit note
/// for what remains of it, printed on stdout.
#[derive(Debug, Args)]
pub struct BookingCancelArgs {
    /// The booking (BK-0001)
    pub id: String,
}

pub fn run(ctx: &mut Ctx, args: BookingCancelArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("booking cancel")?;
    let done = bookings::cancel_booking(&mut s, &args.id)?;
    match ctx.printer.format {
        Format::Table => {
            if let Some(number) = &done.credit_note {
                writeln!(ctx.printer.out(), "{number}")?;
            }
            let refund = match &done.booking.credit_type {
                Some(credit_type) => format!(
                    "; {} {credit_type} credits refunded",
                    format_credits(done.refunded)
                ),
                None => String::new(),
            };
            ctx.printer
                .note(format!("{} cancelled{refund}", done.booking.id));
        }
        _ => ctx
            .printer
            .record(&BookingView::new(&done.booking, s.clock.tz))?,
    }
    Ok(())
}
