#!/usr/bin/env bash
# Makes the README's picture of a rendered invoice: a small book (a coworking space billing
# a business on two VAT rates, by SEPA transfer), its invoice rendered by `subs invoice
# render` as a Factur-X PDF, and that PDF's first page turned into a PNG by pdftoppm
# (poppler-utils).
#
#   scripts/invoice-image.sh              # writes docs/invoice.png
#   scripts/invoice-image.sh OUT.png
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/invoice.png}

command -v pdftoppm >/dev/null || { echo "invoice-image.sh needs pdftoppm (poppler-utils)" >&2; exit 1; }
cargo build --locked -q
subs=$(pwd)/target/debug/subs

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SUBS_DB="$work/book.db" SUBS_NOW=2026-01-31
unset SUBS_CONFIG SUBS_FORMAT

run() { "$subs" -q "$@" >/dev/null; }
run init --company 'Coworking Lumière SAS' --siren 842137655 --vat-id FR59842137655 \
    --address '12 rue de la République, 69002 Lyon'
run config set company.legal_form SAS
run config set company.capital '20 000 €'
run config set company.rcs 'Lyon 842 137 655'
run config set sepa.iban FR7630004008200001234567864
run config set sepa.bic BNPAFRPP
run uom add month
run uom add hour
run item add DESK --name 'Bureau dédié' --uom month --vat-rate 20 --recurring
run item add ROOM --name 'Salle de réunion' --uom hour --vat-rate 20
run item add PRESS --name 'Abonnement presse' --uom month --vat-rate 5.5
run customer add MARTIN --name 'Boulangerie Martin SARL' --siren 531089423 \
    --vat-id FR19531089423 --address '5 avenue Parmentier, Bâtiment B, 75011 Paris' \
    --email compta@martin.example
run subscription create --customer MARTIN --item DESK@310 --item PRESS@19.90 --start 2026-01-01
run tick
run invoice create --customer MARTIN --item ROOM:3.5@25
(cd "$work" && "$subs" invoice render INV-2026-00001 --out invoice.pdf >/dev/null)

pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$work/invoice.pdf" "$work/page"
mkdir -p "$(dirname "$out")"
cp "$work/page.png" "$out"
echo "wrote $out" >&2
