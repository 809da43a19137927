#!/usr/bin/env bash
# Benchmarks of subs as whole processes, reproducible on any machine with the Rust
# toolchain, sqlite3 and GNU time (/usr/bin/time). Prints a table and writes BENCHMARKS.md.
#
#   scripts/bench.sh                 # N=100000, BIG=1000000, IMPORT=200000
#   N=20000 BIG=200000 IMPORT=40000 scripts/bench.sh
#   ONLY=catchup scripts/bench.sh    # only 5, updating its table in BENCHMARKS.md
#   ONLY=render scripts/bench.sh     # only 7, updating its table in BENCHMARKS.md
#   ONLY=books scripts/bench.sh      # only 8, updating its table in BENCHMARKS.md
#
# 1. tick issuing N invoices (2 lines each) against the ceiling: benches/ceiling.rs writing
#    the same rows with prepared statements in one transaction. Goal: ratio <= 3.
# 2. a tick with nothing due on BIG subscriptions. Goal: < 50 ms (it reads only what is due).
# 3. `subs invoice list --format csv` over BIG invoices against `sqlite3 -csv` of the same
#    columns. Goal: ratio <= 2, streaming.
# 4. peak RSS of 1 and 3 at N and BIG. Goal: flat, < 100 MB.
# 5. one subscription catching up 1000 and 10000 periods (a daily one, off that many days):
#    the cost per period. Goal: flat (the 10k cost per period at most 1.5 times the 1k one).
# 6. `subs customer import` of IMPORT rows against `sqlite3 .import` of the same file into
#    a new table. Goal: ratio <= 3; and the cost per row at IMPORT/8 and IMPORT rows the
#    same (linear: ratio of the per-row costs <= 1.5).
# 7. `subs invoice render --all` of a month of RENDER invoices (demo members, 2 lines each)
#    as Factur-X PDFs into a directory. Goal: >= 200 PDFs/s; peak RSS flat (RENDER/4 and
#    RENDER the same).
# 8. (ONLY=books) the books and reports on a demo of BOOKS members billed over 12 months:
#    `fec export`, `trial-balance`, `report mrr|receivables|revenue|all`, each against
#    `sqlite3` running the equivalent aggregate query on the same file. Goal: a few
#    seconds each, flat memory, ratio <= 2.
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-100000}
BIG=${BIG:-1000000}
IMPORT=${IMPORT:-200000}
RENDER=${RENDER:-10000}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

for tool in sqlite3 /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "bench.sh needs $tool" >&2; exit 1; }
done

echo "building (release)…" >&2
cargo build --release --locked -q
SUBS=target/release/subs

# measure NAME CMD…: runs CMD, keeps wall seconds and peak RSS (KB) in $SECS and $KB.
measure() {
    /usr/bin/time -f "%e %M" -o "$WORK/time" "$@" >/dev/null 2>"$WORK/stderr" || {
        cat "$WORK/stderr" >&2
        exit 1
    }
    read -r SECS KB <"$WORK/time"
}

# The median wall time of five runs of a quick command.
median5() {
    local runs=()
    for _ in 1 2 3 4 5; do
        measure "$@"
        runs+=("$SECS")
    done
    SECS=$(printf '%s\n' "${runs[@]}" | sort -n | sed -n 3p)
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
mb() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }

# The CSV `invoice list` writes, computed by sqlite3 alone (amounts in cents as decimals),
# in the order of the (issue date, id) index so that sqlite3 streams too.
SQL_LIST="SELECT number, kind, status,
    CASE WHEN kind = 'credit_note' THEN 'paid' WHEN credited >= grand_total AND grand_total > 0 THEN 'credited'
         WHEN grand_total <= settled THEN 'paid' WHEN due_date < date('now') THEN 'overdue'
         WHEN settled > 0 THEN 'partly_paid' ELSE 'unpaid' END,
    customer, subscription, issue_date, due_date, period_start, period_end, currency,
    printf('%d.%02d', net_total / 100, abs(net_total) % 100),
    printf('%d.%02d', tax_total / 100, abs(tax_total) % 100),
    printf('%d.%02d', grand_total / 100, abs(grand_total) % 100),
    printf('%d.%02d', max(grand_total - settled, 0) / 100, max(grand_total - settled, 0) % 100),
    (SELECT c.number FROM invoices c WHERE c.id = invoices.credits_invoice)
    FROM invoices ORDER BY issue_date, id;"

declare -A R

# catchup P: one daily subscription, P days overdue, caught up by one tick (median of 5,
# each on a fresh copy); sets R[catchup_P] (seconds) and R[catchup_P_us] (µs per period).
catchup() {
    local p=$1 db="$WORK/catchup.db" start runs=()
    start=$(date -u -d "2026-01-01 - $p days" +%Y-%m-%d)
    rm -f "$db" "$db"-wal "$db"-shm
    {
        $SUBS --db "$db" --now "$start" init --company "Catch-up"
        $SUBS --db "$db" --now "$start" vat add TVA20 --rate 20 --default
        $SUBS --db "$db" --now "$start" item add DESK --name Desk --recurring
        $SUBS --db "$db" --now "$start" customer add C1 --name Client
        $SUBS --db "$db" --now "$start" subscription create --customer C1 --item DESK:1@10.00 \
            --interval day --start "$start"
    } >/dev/null 2>&1
    for _ in 1 2 3 4 5; do
        cp "$db" "$WORK/run.db"
        measure env SUBS_DB="$WORK/run.db" SUBS_NOW=2025-12-31 $SUBS tick -q --max-periods "$p"
        runs+=("$SECS")
        rm -f "$WORK/run.db" "$WORK/run.db"-wal "$WORK/run.db"-shm
    done
    R[catchup_$p]=$(printf '%s\n' "${runs[@]}" | sort -n | sed -n 3p)
    R[catchup_${p}_us]=$(awk -v s="${R[catchup_$p]}" -v p="$p" 'BEGIN { printf "%.0f", s * 1e6 / p }')
}

catchup_table() {
    cat <<TABLE
| measure | result | goal | verdict |
|---|---|---|---|
| one subscription catching up 1000 periods | ${R[catchup_1000]} s, ${R[catchup_1000_us]} µs per period | | |
| one subscription catching up 10000 periods | ${R[catchup_10000]} s, ${R[catchup_10000_us]} µs per period | | |
| cost per period, 10k / 1k | $(ratio "${R[catchup_10000_us]}" "${R[catchup_1000_us]}") | flat (≤ 1.5) | $(awk -v r="$(ratio "${R[catchup_10000_us]}" "${R[catchup_1000_us]}")" 'BEGIN { print (r <= 1.5 ? "met" : "missed") }') |
TABLE
}

# render P: a book of P members billed for January, then `invoice render --all` of that
# month; sets R[render_P] (seconds), R[render_P_kb] (peak RSS) and R[render_P_rate].
render() {
    local p=$1
    rm -rf "$WORK/render.db" "$WORK/render"
    $SUBS demo --db "$WORK/render.db" --now 2025-12-31 --scale "$p" --start 2026-01-01 --no-tick -q
    env SUBS_DB="$WORK/render.db" SUBS_NOW=2026-01-01 $SUBS tick -q
    measure env SUBS_DB="$WORK/render.db" SUBS_NOW=2026-01-31 $SUBS invoice render --all \
        --from 2026-01-01 --to 2026-01-31 --out "$WORK/render" -q
    local files
    files=$(find "$WORK/render" -name '*.pdf' | wc -l)
    [ "$files" -eq "$p" ] || { echo "render: $files PDFs for $p invoices" >&2; exit 1; }
    R[render_$p]=$SECS
    R[render_${p}_kb]=$KB
    R[render_${p}_rate]=$(awk -v n="$p" -v s="$SECS" 'BEGIN { printf "%.0f", (s > 0 ? n / s : 0) }')
    R[render_${p}_size]=$(du -sk "$WORK/render" | cut -f1)
}

render_table() {
    local quarter=$((RENDER / 4))
    cat <<TABLE
| measure | result | goal | verdict |
|---|---|---|---|
| invoice render --all, $RENDER invoices (a month) | ${R[render_$RENDER]} s, ${R[render_${RENDER}_rate]} PDFs/s | ≥ 200 PDFs/s | $(awk -v r="${R[render_${RENDER}_rate]}" 'BEGIN { print (r >= 200 ? "met" : "missed") }') |
| same, $quarter invoices | ${R[render_$quarter]} s, ${R[render_${quarter}_rate]} PDFs/s | | |
| peak RSS, $quarter / $RENDER invoices | $(mb "${R[render_${quarter}_kb]}") / $(mb "${R[render_${RENDER}_kb]}") MB | flat | $(awk -v a="${R[render_${quarter}_kb]}" -v b="${R[render_${RENDER}_kb]}" 'BEGIN { print (b <= a * 1.2 ? "met" : "missed") }') |
| size of the $RENDER PDFs | $(awk -v k="${R[render_${RENDER}_size]}" -v n="$RENDER" 'BEGIN { printf "%.1f MB, %.1f KB each", k / 1024, k / n }') | | |
TABLE
}

render_both() {
    echo "7. invoice render --all of $((RENDER / 4)) and $RENDER invoices…" >&2
    render $((RENDER / 4))
    render "$RENDER"
}

if [ "${ONLY:-}" = render ]; then
    render_both
    render_table | tee "$WORK/table"
    grep -q '^<!-- render -->$' BENCHMARKS.md || {
        echo "BENCHMARKS.md has no render block: run the whole script" >&2
        exit 1
    }
    awk -v table="$WORK/table" -v day="$(date -u +%Y-%m-%d)" -v machine="$(nproc) cores" '
        /^<!-- render -->$/ {
            print; print "Measured on " day " (release build, " machine ")."; print ""
            while ((getline line < table) > 0) print line
            skip = 1; next
        }
        /^<!-- \/render -->$/ { skip = 0 }
        !skip { print }
    ' BENCHMARKS.md >"$WORK/BENCHMARKS.md"
    cp "$WORK/BENCHMARKS.md" BENCHMARKS.md
    echo "updated the render table of BENCHMARKS.md" >&2
    exit 0
fi

if [ "${ONLY:-}" = catchup ]; then
    echo "5. one subscription catching up 1000 and 10000 periods…" >&2
    catchup 1000
    catchup 10000
    catchup_table | tee "$WORK/table"
    grep -q '^<!-- catch-up -->$' BENCHMARKS.md || {
        echo "BENCHMARKS.md has no catch-up block: run the whole script" >&2
        exit 1
    }
    # Replace the catch-up block of BENCHMARKS.md, keeping the rest as measured before.
    awk -v table="$WORK/table" -v day="$(date -u +%Y-%m-%d)" '
        /^<!-- catch-up -->$/ {
            print; print "Measured on " day " (release build)."; print ""
            while ((getline line < table) > 0) print line
            skip = 1; next
        }
        /^<!-- \/catch-up -->$/ { skip = 0 }
        !skip { print }
    ' BENCHMARKS.md >"$WORK/BENCHMARKS.md"
    cp "$WORK/BENCHMARKS.md" BENCHMARKS.md
    echo "updated the catch-up table of BENCHMARKS.md" >&2
    exit 0
fi

# books: the books and reports on BOOKS members billed monthly over 2026 (12 invoices each).
if [ "${ONLY:-}" = books ]; then
    BOOKS=${BOOKS:-100000}
    echo "8. books and reports on $BOOKS members over 12 months…" >&2
    db="$WORK/books.db"
    $SUBS demo --db "$db" --now 2025-12-31 --scale "$BOOKS" --start 2026-01-01 --no-tick -q
    env SUBS_DB="$db" SUBS_NOW=2026-12-01 $SUBS tick -q --max-periods 12 >/dev/null
    # The aggregate each command needs, computed by sqlite3 alone.
    SQL_FEC="SELECT i.number, i.issue_date, i.customer, l.item, sum(l.net), i.grand_total
        FROM invoices i JOIN invoice_lines l ON l.invoice = i.id
        WHERE i.status = 'issued' AND i.issue_date BETWEEN '2026-01-01' AND '2026-12-31'
        GROUP BY i.id, l.item
        UNION ALL SELECT p.id, p.date, p.customer, a.invoice, a.amount, p.amount
        FROM payments p LEFT JOIN allocations a ON a.payment = p.id
        WHERE p.date BETWEEN '2026-01-01' AND '2026-12-31';"
    SQL_TB="SELECT customer, sum(grand_total) FROM invoices WHERE status = 'issued' GROUP BY customer
        UNION ALL SELECT l.item, sum(l.net) FROM invoice_lines l GROUP BY l.item
        UNION ALL SELECT v.rate, sum(v.tax) FROM invoice_vat v GROUP BY v.rate;"
    SQL_MRR="WITH RECURSIVE m(d) AS (SELECT '2026-01-31' UNION ALL
            SELECT date(d, '+1 day', '+1 month', '-1 day') FROM m WHERE d < '2026-12-31')
        SELECT m.d, sum(l.qty * coalesce(l.rate, p.rate))
        FROM m JOIN subscriptions s ON s.start <= m.d AND (s.end_date IS NULL OR s.end_date >= m.d)
             JOIN subscription_lines l ON l.subscription = s.id
             LEFT JOIN item_prices p ON p.item = l.item AND l.rate IS NULL
        GROUP BY m.d;"
    SQL_AGE="SELECT i.customer,
            sum(i.grand_total - coalesce((SELECT sum(a.amount) FROM allocations a WHERE a.invoice = i.id), 0)),
            min(i.due_date)
        FROM invoices i WHERE i.kind = 'invoice' AND i.status = 'issued' GROUP BY i.customer;"
    SQL_REV="SELECT substr(i.issue_date, 1, 7), sum(l.net) FROM invoice_lines l
        JOIN invoices i ON i.id = l.invoice WHERE i.status = 'issued' GROUP BY 1;"
    book=(env SUBS_DB="$db" SUBS_NOW=2026-12-15 "$SUBS")
    row() { # name secs kb sqlite_secs
        local verdict=""
        [ -n "$4" ] && verdict=$(awk -v r="$(ratio "$2" "$4")" 'BEGIN { print (r <= 2 ? "met" : "missed") }')
        printf '| %s | %s s, %s MB | %s | %s | %s |\n' "$1" "$2" "$(mb "$3")" "${4:--}" \
            "$([ -n "$4" ] && ratio "$2" "$4" || echo -)" "$verdict"
    }
    {
        echo "| command ($BOOKS members, 12 months) | subs (wall, peak RSS) | sqlite3 aggregate | ratio | ≤ 2 |"
        echo "|---|---|---|---|---|"
        measure "${book[@]}" fec export --year 2026 --out "$WORK"; s=$SECS; k=$KB
        measure sqlite3 -csv "$db" "$SQL_FEC"; row "fec export --year 2026" "$s" "$k" "$SECS"
        measure "${book[@]}" trial-balance --on 2026-12-31 --format csv; s=$SECS; k=$KB
        measure sqlite3 -csv "$db" "$SQL_TB"; row "trial-balance" "$s" "$k" "$SECS"
        measure "${book[@]}" report mrr --from 2026-01 --to 2026-12 --format csv; s=$SECS; k=$KB
        measure sqlite3 -csv "$db" "$SQL_MRR"; row "report mrr" "$s" "$k" "$SECS"
        measure "${book[@]}" report receivables --format csv; s=$SECS; k=$KB
        measure sqlite3 -csv "$db" "$SQL_AGE"; row "report receivables" "$s" "$k" "$SECS"
        measure "${book[@]}" report revenue --from 2026-01 --to 2026-12 --format csv; s=$SECS; k=$KB
        measure sqlite3 -csv "$db" "$SQL_REV"; row "report revenue" "$s" "$k" "$SECS"
        measure "${book[@]}" report all --out "$WORK/reports" --from 2026-01 --to 2026-12
        row "report all (every report, CSV, JSON, SVG)" "$SECS" "$KB" ""
    } | tee "$WORK/table"
    grep -q '^<!-- books -->$' BENCHMARKS.md || printf '\n## Books and reports\n\n<!-- books -->\n<!-- /books -->\n' >>BENCHMARKS.md
    awk -v table="$WORK/table" -v day="$(date -u +%Y-%m-%d)" '
        /^<!-- books -->$/ {
            print; print "Measured on " day " (release build), `ONLY=books scripts/bench.sh`."; print ""
            while ((getline line < table) > 0) print line
            skip = 1; next
        }
        /^<!-- \/books -->$/ { skip = 0 }
        !skip { print }
    ' BENCHMARKS.md >"$WORK/BENCHMARKS.md"
    cp "$WORK/BENCHMARKS.md" BENCHMARKS.md
    echo "updated the books table of BENCHMARKS.md" >&2
    exit 0
fi

CEILING=$(cargo bench --bench ceiling --no-run --locked --message-format=json 2>/dev/null \
    | grep -o '"executable":"[^"]*ceiling-[^"]*"' | tail -1 | sed 's/"executable":"\(.*\)"/\1/')

echo "1. tick of $N subscriptions against the ceiling…" >&2
$SUBS demo --db "$WORK/n.db" --now 2025-12-31 --scale "$N" --start 2026-01-01 --no-tick -q
cp "$WORK/n.db" "$WORK/ceiling.db"
measure env SUBS_DB="$WORK/n.db" SUBS_NOW=2026-01-01 $SUBS tick -q
R[tick_n]=$SECS; R[tick_n_kb]=$KB
measure "$CEILING" "$WORK/ceiling.db" "$N"
R[ceiling_n]=$SECS
measure env SUBS_DB="$WORK/n.db" $SUBS invoice list --format csv
R[list_n]=$SECS; R[list_n_kb]=$KB

echo "2. $BIG subscriptions: build, no-op tick, tick, list…" >&2
measure $SUBS demo --db "$WORK/big.db" --now 2025-12-31 --scale "$BIG" --start 2026-01-01 --no-tick -q
R[demo_big]=$SECS
median5 env SUBS_DB="$WORK/big.db" SUBS_NOW=2025-12-31 $SUBS tick -q
R[noop_big]=$SECS
measure env SUBS_DB="$WORK/big.db" SUBS_NOW=2026-01-01 $SUBS tick -q
R[tick_big]=$SECS; R[tick_big_kb]=$KB
measure env SUBS_DB="$WORK/big.db" SUBS_NOW=2026-01-01 $SUBS invoice list --format csv
R[list_big]=$SECS; R[list_big_kb]=$KB
measure sqlite3 -csv "$WORK/big.db" "$SQL_LIST"
R[sqlite_big]=$SECS

echo "5. one subscription catching up 1000 and 10000 periods…" >&2
catchup 1000
catchup 10000

echo "6. customer import of $((IMPORT / 8)) and $IMPORT rows against sqlite3 .import…" >&2
# A customers file as people export it: code, name, e-mail and a quoted address.
customers_csv() {
    awk -v n="$1" 'BEGIN {
        print "code,name,email,address"
        for (i = 1; i <= n; i++)
            printf "C%07d,Customer %d,c%d@example.org,\"%d rue de la République, 69002 Lyon\"\n", i, i, i, i
    }' >"$2"
}
# Each import into a copy of a new book (or into a new sqlite3 file); the median of five,
# since a second is easily disturbed on a shared machine.
$SUBS init --db "$WORK/empty-book.db" --now 2026-01-01 --company Bench -q
import_into_new_book() {
    rm -f "$WORK/import.db-wal" "$WORK/import.db-shm"
    cp "$WORK/empty-book.db" "$WORK/import.db"
    env SUBS_DB="$WORK/import.db" SUBS_NOW=2026-01-01 $SUBS customer import "$1"
}
sqlite_import() {
    rm -f "$WORK/sqlite-import.db"
    sqlite3 "$WORK/sqlite-import.db" ".import --csv $1 customers"
}
# The same rows written by sqlite3 into the book's own customers table (its key, its
# indexes, WAL): what the import must write at least, for context.
sqlite_import_into_book() {
    rm -f "$WORK/sqlite-book.db-wal" "$WORK/sqlite-book.db-shm"
    cp "$WORK/empty-book.db" "$WORK/sqlite-book.db"
    sqlite3 "$WORK/sqlite-book.db" <<SQL
.import --csv $1 incoming
INSERT INTO customers (code, name, email, address, kind, payment_method, disabled, created_on)
    SELECT code, name, email, address, 'business', 'manual', 0, '2026-01-01' FROM incoming;
SQL
}
export -f import_into_new_book sqlite_import sqlite_import_into_book
export SUBS WORK
SMALL=$((IMPORT / 8))
for rows in "$SMALL" "$IMPORT"; do
    customers_csv "$rows" "$WORK/customers-$rows.csv"
    median5 bash -c 'import_into_new_book "$0"' "$WORK/customers-$rows.csv"
    R[import_$rows]=$SECS
done
median5 bash -c 'sqlite_import "$0"' "$WORK/customers-$IMPORT.csv"
R[sqlite_import]=$SECS
median5 bash -c 'sqlite_import_into_book "$0"' "$WORK/customers-$IMPORT.csv"
R[sqlite_import_book]=$SECS
per_row_ratio=$(awk -v big="${R[import_$IMPORT]}" -v small="${R[import_$SMALL]}" \
    'BEGIN { printf "%.2f", (small > 0 ? (big / 8) / small : 0) }')

render_both

machine="$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(awk '/MemTotal/ { printf "%.0f GiB RAM", $2 / 1048576 }' /proc/meminfo), Linux $(uname -r)"
table=$(cat <<TABLE
| measure | result | goal | verdict |
|---|---|---|---|
| tick issuing $N invoices (2 lines each) | ${R[tick_n]} s | | |
| ceiling: same rows, prepared statements, one transaction | ${R[ceiling_n]} s | | |
| tick / ceiling | $(ratio "${R[tick_n]}" "${R[ceiling_n]}") | ≤ 3 | $(awk -v r="$(ratio "${R[tick_n]}" "${R[ceiling_n]}")" 'BEGIN { print (r <= 3 ? "met" : "missed") }') |
| no-op tick on $BIG subscriptions (median of 5) | $(awk -v s="${R[noop_big]}" 'BEGIN { if (s == 0) print "< 10 ms (below the timer'"'"'s resolution)"; else printf "%.0f ms", s * 1000 }') | < 50 ms | $(awk -v s="${R[noop_big]}" 'BEGIN { print (s < 0.05 ? "met" : "missed") }') |
| invoice list --format csv, $BIG invoices | ${R[list_big]} s | | |
| sqlite3 -csv, same columns | ${R[sqlite_big]} s | | |
| list / sqlite3 | $(ratio "${R[list_big]}" "${R[sqlite_big]}") | ≤ 2 | $(awk -v r="$(ratio "${R[list_big]}" "${R[sqlite_big]}")" 'BEGIN { print (r <= 2 ? "met" : "missed") }') |
| peak RSS, tick of $N | $(mb "${R[tick_n_kb]}") MB | < 100 MB, flat | |
| peak RSS, tick of $BIG | $(mb "${R[tick_big_kb]}") MB | < 100 MB, flat | $(awk -v k="${R[tick_big_kb]}" 'BEGIN { print (k < 102400 ? "met" : "missed") }') |
| peak RSS, list of $N | $(mb "${R[list_n_kb]}") MB | < 100 MB, flat | |
| peak RSS, list of $BIG | $(mb "${R[list_big_kb]}") MB | < 100 MB, flat | $(awk -v k="${R[list_big_kb]}" 'BEGIN { print (k < 102400 ? "met" : "missed") }') |
| demo --scale $BIG (build the book) | ${R[demo_big]} s | well under 60 s | $(awk -v s="${R[demo_big]}" 'BEGIN { print (s < 60 ? "met" : "missed") }') |
| tick issuing $BIG invoices | ${R[tick_big]} s | | |
| customer import, $SMALL rows (median of 5) | ${R[import_$SMALL]} s | | |
| customer import, $IMPORT rows (median of 5) | ${R[import_$IMPORT]} s | | |
| cost per row, $IMPORT rows / $SMALL rows | $per_row_ratio | ≤ 1.5 (linear) | $(awk -v r="$per_row_ratio" 'BEGIN { print (r <= 1.5 ? "met" : "missed") }') |
| sqlite3 .import of the $IMPORT-row file (median of 5) | ${R[sqlite_import]} s | | |
| customer import / sqlite3 .import | $(ratio "${R[import_$IMPORT]}" "${R[sqlite_import]}") | ≤ 3 | $(awk -v r="$(ratio "${R[import_$IMPORT]}" "${R[sqlite_import]}")" 'BEGIN { print (r <= 3 ? "met" : "missed") }') |
| sqlite3 writing the same rows into the book's customers table (median of 5) | ${R[sqlite_import_book]} s | | |
| customer import / sqlite3 into the same table | $(ratio "${R[import_$IMPORT]}" "${R[sqlite_import_book]}") | (context) | |
TABLE
)

echo "$table"
cat >BENCHMARKS.md <<DOC
# Benchmarks

Measured by \`scripts/bench.sh\` (whole processes, wall time and peak RSS from GNU time)
on $(date -u +%Y-%m-%d), release build, $(rustc --version | cut -d' ' -f1-2), sqlite3 $(sqlite3 --version | cut -d' ' -f1).

Machine: $machine.

$table

The ceiling is \`benches/ceiling.rs\`: the least work that writes the same rows (an issued
invoice with its number, dates and frozen parties, two lines, a VAT row) into the same
schema, with prepared statements in one transaction. \`tick\` does that plus what makes it
a billing engine: it reads each due subscription and its lines, prices them, takes the
gapless number, records the billed period, writes a hash-chained audit entry per invoice,
moves the subscription's schedule, and isolates each subscription in a savepoint.

The customer import reads the file once in one transaction, checking every value
(codes, e-mails, SIREN, VAT and SEPA identifiers, price lists, one code per file) and
writing the customers 64 to a statement into a keyed table with its indexes, in WAL mode,
and an audit entry; \`sqlite3 .import\` only parses the file into a new table of text
columns, without a key. Both are measured on a fresh file, the median of five runs.

The per-call cost of the pure core (periods, due scan, pricing, proration, VAT totals,
credit lots) is measured by \`cargo bench --bench core\`.

## Catch-up

One daily subscription off for 1000 or 10000 days, caught up by one \`tick\` (median of 5,
each on a fresh copy): every period is its own invoice, so the cost per period must not
grow with the number of invoices the customer already has. \`ONLY=catchup scripts/bench.sh\`
measures this block alone.

<!-- catch-up -->
Measured on $(date -u +%Y-%m-%d) (release build).

$(catchup_table)
<!-- /catch-up -->

## Rendering e-invoices

A month of invoices rendered as Factur-X PDFs by \`invoice render --all\` (each a
PDF/A-3b with its EN 16931 XML and XMP), one at a time on one thread, each written to its
file before the next is read. \`ONLY=render scripts/bench.sh\` measures this block alone;
\`cargo bench --bench facturx\` measures the writer alone.

<!-- render -->
Measured on $(date -u +%Y-%m-%d) (release build, $(nproc) cores).

$(render_table)
<!-- /render -->
DOC
echo "wrote BENCHMARKS.md" >&2
