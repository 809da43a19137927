# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_subs_global_optspecs
    string join \n db= config= now= format= q/quiet v/verbose yes h/help V/version
end

function __fish_subs_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_subs_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_subs_using_subcommand
    set -l cmd (__fish_subs_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c subs -n "__fish_subs_needs_command" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_needs_command" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_needs_command" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_needs_command" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_needs_command" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_needs_command" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_needs_command" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_needs_command" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_needs_command" -f -a "init" -d 'Create the database for a company'
complete -c subs -n "__fish_subs_needs_command" -f -a "config" -d 'Company settings stored in the database'
complete -c subs -n "__fish_subs_needs_command" -f -a "db" -d 'The database file: where it is, checks, backups, migrations'
complete -c subs -n "__fish_subs_needs_command" -f -a "customer" -d 'Customers: who is billed'
complete -c subs -n "__fish_subs_needs_command" -f -a "uom" -d 'Units of measure and per-item conversions'
complete -c subs -n "__fish_subs_needs_command" -f -a "item-group" -d 'Item groups, a tree (rooms, coworking, fablab, memberships…)'
complete -c subs -n "__fish_subs_needs_command" -f -a "item" -d 'Items: what is sold'
complete -c subs -n "__fish_subs_needs_command" -f -a "price-list" -d 'Price lists'
complete -c subs -n "__fish_subs_needs_command" -f -a "price" -d 'Item prices in price lists'
complete -c subs -n "__fish_subs_needs_command" -f -a "vat" -d 'VAT rates'
complete -c subs -n "__fish_subs_needs_command" -f -a "dunning" -d 'Reminders of overdue invoices: levels, and where each invoice stands'
complete -c subs -n "__fish_subs_needs_command" -f -a "plan" -d 'Plans: reusable bundles of item lines'
complete -c subs -n "__fish_subs_needs_command" -f -a "coupon" -d 'Coupons: a discount for some periods of a subscription, or for ever'
complete -c subs -n "__fish_subs_needs_command" -f -a "subscription" -d 'Subscriptions: recurring billing for a customer'
complete -c subs -n "__fish_subs_needs_command" -f -a "cancel" -d 'Cancel a subscription (same as `subscription cancel`)'
complete -c subs -n "__fish_subs_needs_command" -f -a "order" -d 'Sales orders'
complete -c subs -n "__fish_subs_needs_command" -f -a "invoice" -d 'Invoices and credit notes'
complete -c subs -n "__fish_subs_needs_command" -f -a "payment" -d 'Payments received and their allocation to invoices'
complete -c subs -n "__fish_subs_needs_command" -f -a "payment-request" -d 'Requests to pay by link or through a gateway'
complete -c subs -n "__fish_subs_needs_command" -f -a "webhook" -d 'Payment gateway webhooks'
complete -c subs -n "__fish_subs_needs_command" -f -a "template" -d 'E-mail templates'
complete -c subs -n "__fish_subs_needs_command" -f -a "mail" -d 'The outbox and its delivery over SMTP'
complete -c subs -n "__fish_subs_needs_command" -f -a "bank" -d 'Bank statements: import and reconciliation'
complete -c subs -n "__fish_subs_needs_command" -f -a "sepa" -d 'SEPA direct debit: collection files for the bank'
complete -c subs -n "__fish_subs_needs_command" -f -a "bill" -d 'Supplier bills: what the company owes (rent, energy, cleaning)'
complete -c subs -n "__fish_subs_needs_command" -f -a "repeat" -d 'Documents copied on a schedule (invoices, orders, supplier bills)'
complete -c subs -n "__fish_subs_needs_command" -f -a "contract" -d 'Contracts: customers\' signed commitments and their fulfilment terms'
complete -c subs -n "__fish_subs_needs_command" -f -a "catalog" -d 'The website catalogue of published items'
complete -c subs -n "__fish_subs_needs_command" -f -a "credits" -d 'Booking credits: types, grants, uses, balances, lots and ledger'
complete -c subs -n "__fish_subs_needs_command" -f -a "location" -d 'Locations and how many of each bookable item they hold'
complete -c subs -n "__fish_subs_needs_command" -f -a "booking" -d 'Bookings of an item at a location, paid by credits or invoiced'
complete -c subs -n "__fish_subs_needs_command" -f -a "availability" -d 'Free units of an item at a location, per day or per slot'
complete -c subs -n "__fish_subs_needs_command" -f -a "usage" -d 'Metered usage (pages printed, room hours), billed in arrears'
complete -c subs -n "__fish_subs_needs_command" -f -a "account" -d 'The chart of accounts journal entries are posted to'
complete -c subs -n "__fish_subs_needs_command" -f -a "journal" -d 'Journal entries derived from the documents'
complete -c subs -n "__fish_subs_needs_command" -f -a "trial-balance" -d 'The balance of every account on a day'
complete -c subs -n "__fish_subs_needs_command" -f -a "fec" -d 'The FEC (fichier des écritures comptables) of a fiscal year'
complete -c subs -n "__fish_subs_needs_command" -f -a "report" -d 'Reports a manager looks at: MRR, receivables, all of them with charts'
complete -c subs -n "__fish_subs_needs_command" -f -a "tick" -d 'Issue whatever is due (run it hourly from cron)'
complete -c subs -n "__fish_subs_needs_command" -f -a "log" -d 'The audit log of every change'
complete -c subs -n "__fish_subs_needs_command" -f -a "completions" -d 'Print shell completions'
complete -c subs -n "__fish_subs_needs_command" -f -a "man" -d 'Write man pages'
complete -c subs -n "__fish_subs_needs_command" -f -a "demo" -d 'Create a demo database and bill a few months on it'
complete -c subs -n "__fish_subs_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand init" -l company -d 'Legal name of the company (asked for at a terminal when missing)' -r
complete -c subs -n "__fish_subs_using_subcommand init" -l currency -d 'Currency of the books' -r
complete -c subs -n "__fish_subs_using_subcommand init" -l country -d 'Country (ISO code)' -r
complete -c subs -n "__fish_subs_using_subcommand init" -l timezone -d 'Time zone that dates are taken in' -r
complete -c subs -n "__fish_subs_using_subcommand init" -l siren -d 'SIREN (nine digits)' -r
complete -c subs -n "__fish_subs_using_subcommand init" -l vat-id -d 'Intra-EU VAT number' -r
complete -c subs -n "__fish_subs_using_subcommand init" -l address -d 'Postal address' -r
complete -c subs -n "__fish_subs_using_subcommand init" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand init" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand init" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand init" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand init" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand init" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand init" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand init" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand init" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand config; and not __fish_seen_subcommand_from get set unset list help" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand config; and not __fish_seen_subcommand_from get set unset list help" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand config; and not __fish_seen_subcommand_from get set unset list help" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand config; and not __fish_seen_subcommand_from get set unset list help" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand config; and not __fish_seen_subcommand_from get set unset list help" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand config; and not __fish_seen_subcommand_from get set unset list help" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand config; and not __fish_seen_subcommand_from get set unset list help" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand config; and not __fish_seen_subcommand_from get set unset list help" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand config; and not __fish_seen_subcommand_from get set unset list help" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand config; and not __fish_seen_subcommand_from get set unset list help" -f -a "get" -d 'Print one setting\'s value'
complete -c subs -n "__fish_subs_using_subcommand config; and not __fish_seen_subcommand_from get set unset list help" -f -a "set" -d 'Change a setting'
complete -c subs -n "__fish_subs_using_subcommand config; and not __fish_seen_subcommand_from get set unset list help" -f -a "unset" -d 'Return a setting to its default'
complete -c subs -n "__fish_subs_using_subcommand config; and not __fish_seen_subcommand_from get set unset list help" -f -a "list" -d 'Every setting, with defaults'
complete -c subs -n "__fish_subs_using_subcommand config; and not __fish_seen_subcommand_from get set unset list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from get" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from get" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from get" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from get" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from get" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from set" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from set" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from set" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from set" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from set" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from unset" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from unset" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from unset" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from unset" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from unset" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from unset" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from unset" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from unset" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from unset" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from list" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from list" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from list" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "get" -d 'Print one setting\'s value'
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "set" -d 'Change a setting'
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "unset" -d 'Return a setting to its default'
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "list" -d 'Every setting, with defaults'
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand db; and not __fish_seen_subcommand_from path check backup migrate help" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand db; and not __fish_seen_subcommand_from path check backup migrate help" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand db; and not __fish_seen_subcommand_from path check backup migrate help" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand db; and not __fish_seen_subcommand_from path check backup migrate help" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand db; and not __fish_seen_subcommand_from path check backup migrate help" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand db; and not __fish_seen_subcommand_from path check backup migrate help" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand db; and not __fish_seen_subcommand_from path check backup migrate help" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand db; and not __fish_seen_subcommand_from path check backup migrate help" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand db; and not __fish_seen_subcommand_from path check backup migrate help" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand db; and not __fish_seen_subcommand_from path check backup migrate help" -f -a "path" -d 'Print the database path'
complete -c subs -n "__fish_subs_using_subcommand db; and not __fish_seen_subcommand_from path check backup migrate help" -f -a "check" -d 'Run SQLite\'s integrity and foreign-key checks, the money invariants, and verify the audit chain'
complete -c subs -n "__fish_subs_using_subcommand db; and not __fish_seen_subcommand_from path check backup migrate help" -f -a "backup" -d 'Copy the live database to FILE (SQLite online backup, mode 0600), written under a temporary name and renamed into place when complete; print the audit chain\'s head'
complete -c subs -n "__fish_subs_using_subcommand db; and not __fish_seen_subcommand_from path check backup migrate help" -f -a "migrate" -d 'Bring the schema up to date (also done on open)'
complete -c subs -n "__fish_subs_using_subcommand db; and not __fish_seen_subcommand_from path check backup migrate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand db; and __fish_seen_subcommand_from path" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand db; and __fish_seen_subcommand_from path" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand db; and __fish_seen_subcommand_from path" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand db; and __fish_seen_subcommand_from path" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand db; and __fish_seen_subcommand_from path" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand db; and __fish_seen_subcommand_from path" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand db; and __fish_seen_subcommand_from path" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand db; and __fish_seen_subcommand_from path" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand db; and __fish_seen_subcommand_from path" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand db; and __fish_seen_subcommand_from check" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand db; and __fish_seen_subcommand_from check" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand db; and __fish_seen_subcommand_from check" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand db; and __fish_seen_subcommand_from check" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand db; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand db; and __fish_seen_subcommand_from check" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand db; and __fish_seen_subcommand_from check" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand db; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand db; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand db; and __fish_seen_subcommand_from backup" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand db; and __fish_seen_subcommand_from backup" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand db; and __fish_seen_subcommand_from backup" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand db; and __fish_seen_subcommand_from backup" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand db; and __fish_seen_subcommand_from backup" -l force -d 'Replace FILE if it exists'
complete -c subs -n "__fish_subs_using_subcommand db; and __fish_seen_subcommand_from backup" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand db; and __fish_seen_subcommand_from backup" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand db; and __fish_seen_subcommand_from backup" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand db; and __fish_seen_subcommand_from backup" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand db; and __fish_seen_subcommand_from backup" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand db; and __fish_seen_subcommand_from migrate" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand db; and __fish_seen_subcommand_from migrate" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand db; and __fish_seen_subcommand_from migrate" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand db; and __fish_seen_subcommand_from migrate" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand db; and __fish_seen_subcommand_from migrate" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand db; and __fish_seen_subcommand_from migrate" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand db; and __fish_seen_subcommand_from migrate" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand db; and __fish_seen_subcommand_from migrate" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand db; and __fish_seen_subcommand_from migrate" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "path" -d 'Print the database path'
complete -c subs -n "__fish_subs_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "check" -d 'Run SQLite\'s integrity and foreign-key checks, the money invariants, and verify the audit chain'
complete -c subs -n "__fish_subs_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "backup" -d 'Copy the live database to FILE (SQLite online backup, mode 0600), written under a temporary name and renamed into place when complete; print the audit chain\'s head'
complete -c subs -n "__fish_subs_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "migrate" -d 'Bring the schema up to date (also done on open)'
complete -c subs -n "__fish_subs_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand customer; and not __fish_seen_subcommand_from add list show statement edit import export help" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand customer; and not __fish_seen_subcommand_from add list show statement edit import export help" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand customer; and not __fish_seen_subcommand_from add list show statement edit import export help" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand customer; and not __fish_seen_subcommand_from add list show statement edit import export help" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand customer; and not __fish_seen_subcommand_from add list show statement edit import export help" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand customer; and not __fish_seen_subcommand_from add list show statement edit import export help" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand customer; and not __fish_seen_subcommand_from add list show statement edit import export help" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand customer; and not __fish_seen_subcommand_from add list show statement edit import export help" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand customer; and not __fish_seen_subcommand_from add list show statement edit import export help" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand customer; and not __fish_seen_subcommand_from add list show statement edit import export help" -f -a "add" -d 'Add a customer'
complete -c subs -n "__fish_subs_using_subcommand customer; and not __fish_seen_subcommand_from add list show statement edit import export help" -f -a "list" -d 'List customers'
complete -c subs -n "__fish_subs_using_subcommand customer; and not __fish_seen_subcommand_from add list show statement edit import export help" -f -a "show" -d 'Show one customer, with what they owe and what is held for them'
complete -c subs -n "__fish_subs_using_subcommand customer; and not __fish_seen_subcommand_from add list show statement edit import export help" -f -a "statement" -d 'A customer\'s statement: documents, payments, refunds and the use of held credit, in date order, with the running balance'
complete -c subs -n "__fish_subs_using_subcommand customer; and not __fish_seen_subcommand_from add list show statement edit import export help" -f -a "edit" -d 'Change a customer. Give an empty value (`--email ""`) to clear an optional field'
complete -c subs -n "__fish_subs_using_subcommand customer; and not __fish_seen_subcommand_from add list show statement edit import export help" -f -a "import" -d 'Import customers from CSV (the format of `customer export`)'
complete -c subs -n "__fish_subs_using_subcommand customer; and not __fish_seen_subcommand_from add list show statement edit import export help" -f -a "export" -d 'Export every customer as CSV, in the format `customer import` reads'
complete -c subs -n "__fish_subs_using_subcommand customer; and not __fish_seen_subcommand_from add list show statement edit import export help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from add" -l name -d 'Name printed on invoices (`add` asks for it at a terminal when missing)' -r
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from add" -l email -d 'Contact e-mail address (documents go here unless --billing-email is set)' -r
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from add" -l billing-email -d 'E-mail address invoices, credit notes and payment requests are sent to' -r
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from add" -l address -d 'Billing address' -r
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from add" -l price-list -d 'Default price list for this customer' -r
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from add" -l vat-id -d 'Intra-EU VAT number' -r
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from add" -l siren -d 'SIREN (nine digits)' -r
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from add" -l payment-method -d 'manual (the default for a new customer), link, stripe, gocardless or sepa' -r
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from add" -l iban -d 'IBAN of the account SEPA direct debits are taken from' -r
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from add" -l bic -d 'BIC of that account\'s bank (optional for SEPA)' -r
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from add" -l mandate-id -d 'Unique reference of the customer\'s SEPA mandate (up to 35 of A-Z a-z 0-9 /-?:().,\'+); a new one starts again with FRST' -r
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from add" -l mandate-signed-on -d 'Day the customer signed the SEPA mandate' -r
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from add" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from add" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from add" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from add" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from add" -l business -d 'A business (the default for a new customer)'
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from add" -l individual -d 'A private person'
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from add" -l send-invoices -d 'E-mail each invoice and credit note issued to it, with its Factur-X PDF'
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from add" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from list" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from list" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from list" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from list" -l all -d 'Include disabled customers'
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from show" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from show" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from show" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from show" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from show" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from statement" -l from -d 'Start on this day, with the balance brought forward [default: the first movement]' -r
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from statement" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from statement" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from statement" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from statement" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from statement" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from statement" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from statement" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from statement" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from statement" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from edit" -l name -d 'Name printed on invoices (`add` asks for it at a terminal when missing)' -r
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from edit" -l email -d 'Contact e-mail address (documents go here unless --billing-email is set)' -r
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from edit" -l billing-email -d 'E-mail address invoices, credit notes and payment requests are sent to' -r
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from edit" -l address -d 'Billing address' -r
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from edit" -l price-list -d 'Default price list for this customer' -r
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from edit" -l vat-id -d 'Intra-EU VAT number' -r
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from edit" -l siren -d 'SIREN (nine digits)' -r
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from edit" -l payment-method -d 'manual (the default for a new customer), link, stripe, gocardless or sepa' -r
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from edit" -l iban -d 'IBAN of the account SEPA direct debits are taken from' -r
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from edit" -l bic -d 'BIC of that account\'s bank (optional for SEPA)' -r
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from edit" -l mandate-id -d 'Unique reference of the customer\'s SEPA mandate (up to 35 of A-Z a-z 0-9 /-?:().,\'+); a new one starts again with FRST' -r
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from edit" -l mandate-signed-on -d 'Day the customer signed the SEPA mandate' -r
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from edit" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from edit" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from edit" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from edit" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from edit" -l business -d 'A business (the default for a new customer)'
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from edit" -l individual -d 'A private person'
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from edit" -l disable -d 'Disable the customer (kept for history, hidden from lists)'
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from edit" -l enable -d 'Enable a disabled customer'
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from edit" -l send-invoices -d 'E-mail each invoice and credit note issued to it, with its Factur-X PDF'
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from edit" -l no-send-invoices -d 'Stop e-mailing its documents when they are issued'
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from edit" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from edit" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from import" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from import" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from import" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from import" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from import" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from import" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from export" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from export" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from export" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from export" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from export" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from export" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a customer'
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "list" -d 'List customers'
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one customer, with what they owe and what is held for them'
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "statement" -d 'A customer\'s statement: documents, payments, refunds and the use of held credit, in date order, with the running balance'
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a customer. Give an empty value (`--email ""`) to clear an optional field'
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import customers from CSV (the format of `customer export`)'
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "export" -d 'Export every customer as CSV, in the format `customer import` reads'
complete -c subs -n "__fish_subs_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand uom; and not __fish_seen_subcommand_from add edit convert list conversions help" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand uom; and not __fish_seen_subcommand_from add edit convert list conversions help" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand uom; and not __fish_seen_subcommand_from add edit convert list conversions help" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand uom; and not __fish_seen_subcommand_from add edit convert list conversions help" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand uom; and not __fish_seen_subcommand_from add edit convert list conversions help" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand uom; and not __fish_seen_subcommand_from add edit convert list conversions help" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand uom; and not __fish_seen_subcommand_from add edit convert list conversions help" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand uom; and not __fish_seen_subcommand_from add edit convert list conversions help" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand uom; and not __fish_seen_subcommand_from add edit convert list conversions help" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand uom; and not __fish_seen_subcommand_from add edit convert list conversions help" -f -a "add" -d 'Add a unit of measure (`hour`, `half-day`, `day`, `month`…)'
complete -c subs -n "__fish_subs_using_subcommand uom; and not __fish_seen_subcommand_from add edit convert list conversions help" -f -a "edit" -d 'Change a unit of measure: its name, or the span of time it names'
complete -c subs -n "__fish_subs_using_subcommand uom; and not __fish_seen_subcommand_from add edit convert list conversions help" -f -a "convert" -d 'Declare that, for ITEM, 1 FROM = FACTOR × TO (e.g. `uom convert DESK day half-day 2`)'
complete -c subs -n "__fish_subs_using_subcommand uom; and not __fish_seen_subcommand_from add edit convert list conversions help" -f -a "list" -d 'List units of measure, with the span of time each names; UOMs named like a span of time but not declared as one are pointed out on stderr'
complete -c subs -n "__fish_subs_using_subcommand uom; and not __fish_seen_subcommand_from add edit convert list conversions help" -f -a "conversions" -d 'List UOM conversions, of one item or all'
complete -c subs -n "__fish_subs_using_subcommand uom; and not __fish_seen_subcommand_from add edit convert list conversions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand uom; and __fish_seen_subcommand_from add" -l name -d 'Display name [default: the code]' -r
complete -c subs -n "__fish_subs_using_subcommand uom; and __fish_seen_subcommand_from add" -l time -d 'The span of time the UOM names: day, week, month or year (`none` on edit: not a span of time); a price in it bills, per period, the period\'s length in it' -r
complete -c subs -n "__fish_subs_using_subcommand uom; and __fish_seen_subcommand_from add" -l count -d 'How many of --time the UOM is (trimestre: --time month --count 3) [default: 1]' -r
complete -c subs -n "__fish_subs_using_subcommand uom; and __fish_seen_subcommand_from add" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand uom; and __fish_seen_subcommand_from add" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand uom; and __fish_seen_subcommand_from add" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand uom; and __fish_seen_subcommand_from add" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand uom; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand uom; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand uom; and __fish_seen_subcommand_from add" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand uom; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand uom; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand uom; and __fish_seen_subcommand_from edit" -l name -d 'New display name' -r
complete -c subs -n "__fish_subs_using_subcommand uom; and __fish_seen_subcommand_from edit" -l time -d 'The span of time the UOM names: day, week, month or year (`none` on edit: not a span of time); a price in it bills, per period, the period\'s length in it' -r
complete -c subs -n "__fish_subs_using_subcommand uom; and __fish_seen_subcommand_from edit" -l count -d 'How many of --time the UOM is (trimestre: --time month --count 3) [default: 1]' -r
complete -c subs -n "__fish_subs_using_subcommand uom; and __fish_seen_subcommand_from edit" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand uom; and __fish_seen_subcommand_from edit" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand uom; and __fish_seen_subcommand_from edit" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand uom; and __fish_seen_subcommand_from edit" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand uom; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand uom; and __fish_seen_subcommand_from edit" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand uom; and __fish_seen_subcommand_from edit" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand uom; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand uom; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand uom; and __fish_seen_subcommand_from convert" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand uom; and __fish_seen_subcommand_from convert" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand uom; and __fish_seen_subcommand_from convert" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand uom; and __fish_seen_subcommand_from convert" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand uom; and __fish_seen_subcommand_from convert" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand uom; and __fish_seen_subcommand_from convert" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand uom; and __fish_seen_subcommand_from convert" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand uom; and __fish_seen_subcommand_from convert" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand uom; and __fish_seen_subcommand_from convert" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand uom; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand uom; and __fish_seen_subcommand_from list" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand uom; and __fish_seen_subcommand_from list" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand uom; and __fish_seen_subcommand_from list" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand uom; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand uom; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand uom; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand uom; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand uom; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand uom; and __fish_seen_subcommand_from conversions" -l item -d 'Only this item\'s conversions' -r
complete -c subs -n "__fish_subs_using_subcommand uom; and __fish_seen_subcommand_from conversions" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand uom; and __fish_seen_subcommand_from conversions" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand uom; and __fish_seen_subcommand_from conversions" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand uom; and __fish_seen_subcommand_from conversions" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand uom; and __fish_seen_subcommand_from conversions" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand uom; and __fish_seen_subcommand_from conversions" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand uom; and __fish_seen_subcommand_from conversions" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand uom; and __fish_seen_subcommand_from conversions" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand uom; and __fish_seen_subcommand_from conversions" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand uom; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a unit of measure (`hour`, `half-day`, `day`, `month`…)'
complete -c subs -n "__fish_subs_using_subcommand uom; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a unit of measure: its name, or the span of time it names'
complete -c subs -n "__fish_subs_using_subcommand uom; and __fish_seen_subcommand_from help" -f -a "convert" -d 'Declare that, for ITEM, 1 FROM = FACTOR × TO (e.g. `uom convert DESK day half-day 2`)'
complete -c subs -n "__fish_subs_using_subcommand uom; and __fish_seen_subcommand_from help" -f -a "list" -d 'List units of measure, with the span of time each names; UOMs named like a span of time but not declared as one are pointed out on stderr'
complete -c subs -n "__fish_subs_using_subcommand uom; and __fish_seen_subcommand_from help" -f -a "conversions" -d 'List UOM conversions, of one item or all'
complete -c subs -n "__fish_subs_using_subcommand uom; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand item-group; and not __fish_seen_subcommand_from add list help" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand item-group; and not __fish_seen_subcommand_from add list help" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand item-group; and not __fish_seen_subcommand_from add list help" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand item-group; and not __fish_seen_subcommand_from add list help" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand item-group; and not __fish_seen_subcommand_from add list help" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand item-group; and not __fish_seen_subcommand_from add list help" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand item-group; and not __fish_seen_subcommand_from add list help" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand item-group; and not __fish_seen_subcommand_from add list help" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand item-group; and not __fish_seen_subcommand_from add list help" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand item-group; and not __fish_seen_subcommand_from add list help" -f -a "add" -d 'Add an item group, optionally under a parent group'
complete -c subs -n "__fish_subs_using_subcommand item-group; and not __fish_seen_subcommand_from add list help" -f -a "list" -d 'List item groups with their path in the tree'
complete -c subs -n "__fish_subs_using_subcommand item-group; and not __fish_seen_subcommand_from add list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand item-group; and __fish_seen_subcommand_from add" -l parent -d 'The group it belongs under [default: none, a top-level group]' -r
complete -c subs -n "__fish_subs_using_subcommand item-group; and __fish_seen_subcommand_from add" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand item-group; and __fish_seen_subcommand_from add" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand item-group; and __fish_seen_subcommand_from add" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand item-group; and __fish_seen_subcommand_from add" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand item-group; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand item-group; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand item-group; and __fish_seen_subcommand_from add" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand item-group; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand item-group; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand item-group; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand item-group; and __fish_seen_subcommand_from list" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand item-group; and __fish_seen_subcommand_from list" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand item-group; and __fish_seen_subcommand_from list" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand item-group; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand item-group; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand item-group; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand item-group; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand item-group; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand item-group; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add an item group, optionally under a parent group'
complete -c subs -n "__fish_subs_using_subcommand item-group; and __fish_seen_subcommand_from help" -f -a "list" -d 'List item groups with their path in the tree'
complete -c subs -n "__fish_subs_using_subcommand item-group; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand item; and not __fish_seen_subcommand_from add list show edit import export help" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand item; and not __fish_seen_subcommand_from add list show edit import export help" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand item; and not __fish_seen_subcommand_from add list show edit import export help" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand item; and not __fish_seen_subcommand_from add list show edit import export help" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand item; and not __fish_seen_subcommand_from add list show edit import export help" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand item; and not __fish_seen_subcommand_from add list show edit import export help" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand item; and not __fish_seen_subcommand_from add list show edit import export help" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand item; and not __fish_seen_subcommand_from add list show edit import export help" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand item; and not __fish_seen_subcommand_from add list show edit import export help" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand item; and not __fish_seen_subcommand_from add list show edit import export help" -f -a "add" -d 'Add an item'
complete -c subs -n "__fish_subs_using_subcommand item; and not __fish_seen_subcommand_from add list show edit import export help" -f -a "list" -d 'List items'
complete -c subs -n "__fish_subs_using_subcommand item; and not __fish_seen_subcommand_from add list show edit import export help" -f -a "show" -d 'Show one item'
complete -c subs -n "__fish_subs_using_subcommand item; and not __fish_seen_subcommand_from add list show edit import export help" -f -a "edit" -d 'Change an item. `--group ""` or `--description ""` clears them'
complete -c subs -n "__fish_subs_using_subcommand item; and not __fish_seen_subcommand_from add list show edit import export help" -f -a "import" -d 'Import items from CSV (the format of `item export`)'
complete -c subs -n "__fish_subs_using_subcommand item; and not __fish_seen_subcommand_from add list show edit import export help" -f -a "export" -d 'Export every item as CSV, in the format `item import` reads'
complete -c subs -n "__fish_subs_using_subcommand item; and not __fish_seen_subcommand_from add list show edit import export help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from add" -l name -d 'Name printed on invoices (`add` asks for it at a terminal when missing)' -r
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from add" -l group -d 'Item group (on edit, `""` takes it out of its group)' -r
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from add" -l uom -d 'Unit of measure it is sold in' -r
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from add" -l vat-rate -d 'VAT code or percentage' -r
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from add" -l description -d 'Description for the catalogue (on edit, `""` clears it)' -r
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from add" -l booking-uom -d 'A unit it can be booked by (repeat: --booking-uom half-day --booking-uom day); on edit, they replace the item\'s' -r
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from add" -l operation -d 'What it is on e-invoices: services (the default) or goods' -r
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from add" -l vat-exemption -d 'Why a 0 % item is exempt, printed on e-invoices (e.g. "Exonération de TVA, article 261-4-4° a du CGI"); on edit, `""` clears it' -r
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from add" -l vatex -d 'The VATEX code of that exemption (e.g. VATEX-FR-CGI261-4); on edit, `""` clears it' -r
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from add" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from add" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from add" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from add" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from add" -l recurring -d 'Billed by subscriptions (a membership, a desk by the month)'
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from add" -l publish -d 'Show it in the website catalogue'
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from add" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from list" -l group -d 'Only items of this group' -r
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from list" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from list" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from list" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from list" -l published -d 'Only published items'
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from list" -l recurring -d 'Only recurring items'
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from show" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from show" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from show" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from show" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from show" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from edit" -l name -d 'Name printed on invoices (`add` asks for it at a terminal when missing)' -r
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from edit" -l group -d 'Item group (on edit, `""` takes it out of its group)' -r
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from edit" -l uom -d 'Unit of measure it is sold in' -r
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from edit" -l vat-rate -d 'VAT code or percentage' -r
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from edit" -l description -d 'Description for the catalogue (on edit, `""` clears it)' -r
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from edit" -l booking-uom -d 'A unit it can be booked by (repeat: --booking-uom half-day --booking-uom day); on edit, they replace the item\'s' -r
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from edit" -l operation -d 'What it is on e-invoices: services (the default) or goods' -r
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from edit" -l vat-exemption -d 'Why a 0 % item is exempt, printed on e-invoices (e.g. "Exonération de TVA, article 261-4-4° a du CGI"); on edit, `""` clears it' -r
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from edit" -l vatex -d 'The VATEX code of that exemption (e.g. VATEX-FR-CGI261-4); on edit, `""` clears it' -r
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from edit" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from edit" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from edit" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from edit" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from edit" -l recurring -d 'Billed by subscriptions (a membership, a desk by the month)'
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from edit" -l not-recurring -d 'Sold once, not by subscriptions'
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from edit" -l publish -d 'Show it in the website catalogue'
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from edit" -l unpublish -d 'Take it out of the website catalogue'
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from edit" -l no-booking-uoms -d 'Remove every booking unit'
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from edit" -l disable -d 'Disable the item (kept for history, hidden from lists)'
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from edit" -l enable -d 'Enable a disabled item'
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from edit" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from edit" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from import" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from import" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from import" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from import" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from import" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from import" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from export" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from export" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from export" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from export" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from export" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from export" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add an item'
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from help" -f -a "list" -d 'List items'
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one item'
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change an item. `--group ""` or `--description ""` clears them'
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import items from CSV (the format of `item export`)'
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from help" -f -a "export" -d 'Export every item as CSV, in the format `item import` reads'
complete -c subs -n "__fish_subs_using_subcommand item; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand price-list; and not __fish_seen_subcommand_from add list default help" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand price-list; and not __fish_seen_subcommand_from add list default help" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand price-list; and not __fish_seen_subcommand_from add list default help" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand price-list; and not __fish_seen_subcommand_from add list default help" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand price-list; and not __fish_seen_subcommand_from add list default help" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand price-list; and not __fish_seen_subcommand_from add list default help" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand price-list; and not __fish_seen_subcommand_from add list default help" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand price-list; and not __fish_seen_subcommand_from add list default help" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand price-list; and not __fish_seen_subcommand_from add list default help" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand price-list; and not __fish_seen_subcommand_from add list default help" -f -a "add" -d 'Add a price list. The first one becomes the default'
complete -c subs -n "__fish_subs_using_subcommand price-list; and not __fish_seen_subcommand_from add list default help" -f -a "list" -d 'List price lists'
complete -c subs -n "__fish_subs_using_subcommand price-list; and not __fish_seen_subcommand_from add list default help" -f -a "default" -d 'Make a price list the company\'s default'
complete -c subs -n "__fish_subs_using_subcommand price-list; and not __fish_seen_subcommand_from add list default help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand price-list; and __fish_seen_subcommand_from add" -l currency -d 'Currency of its prices [default: the company currency]' -r
complete -c subs -n "__fish_subs_using_subcommand price-list; and __fish_seen_subcommand_from add" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand price-list; and __fish_seen_subcommand_from add" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand price-list; and __fish_seen_subcommand_from add" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand price-list; and __fish_seen_subcommand_from add" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand price-list; and __fish_seen_subcommand_from add" -l default -d 'Make it the company\'s default list'
complete -c subs -n "__fish_subs_using_subcommand price-list; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand price-list; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand price-list; and __fish_seen_subcommand_from add" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand price-list; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand price-list; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand price-list; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand price-list; and __fish_seen_subcommand_from list" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand price-list; and __fish_seen_subcommand_from list" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand price-list; and __fish_seen_subcommand_from list" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand price-list; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand price-list; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand price-list; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand price-list; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand price-list; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand price-list; and __fish_seen_subcommand_from default" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand price-list; and __fish_seen_subcommand_from default" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand price-list; and __fish_seen_subcommand_from default" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand price-list; and __fish_seen_subcommand_from default" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand price-list; and __fish_seen_subcommand_from default" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand price-list; and __fish_seen_subcommand_from default" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand price-list; and __fish_seen_subcommand_from default" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand price-list; and __fish_seen_subcommand_from default" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand price-list; and __fish_seen_subcommand_from default" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand price-list; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a price list. The first one becomes the default'
complete -c subs -n "__fish_subs_using_subcommand price-list; and __fish_seen_subcommand_from help" -f -a "list" -d 'List price lists'
complete -c subs -n "__fish_subs_using_subcommand price-list; and __fish_seen_subcommand_from help" -f -a "default" -d 'Make a price list the company\'s default'
complete -c subs -n "__fish_subs_using_subcommand price-list; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand price; and not __fish_seen_subcommand_from set list help" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand price; and not __fish_seen_subcommand_from set list help" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand price; and not __fish_seen_subcommand_from set list help" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand price; and not __fish_seen_subcommand_from set list help" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand price; and not __fish_seen_subcommand_from set list help" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand price; and not __fish_seen_subcommand_from set list help" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand price; and not __fish_seen_subcommand_from set list help" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand price; and not __fish_seen_subcommand_from set list help" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand price; and not __fish_seen_subcommand_from set list help" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand price; and not __fish_seen_subcommand_from set list help" -f -a "set" -d 'Set an item\'s unit rate in a price list, optionally for a validity range'
complete -c subs -n "__fish_subs_using_subcommand price; and not __fish_seen_subcommand_from set list help" -f -a "list" -d 'List item prices'
complete -c subs -n "__fish_subs_using_subcommand price; and not __fish_seen_subcommand_from set list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand price; and __fish_seen_subcommand_from set" -l tier -d 'A graduated tier FROM-[TO]:RATE, repeated in order, the last one open (0-100:0.10)' -r
complete -c subs -n "__fish_subs_using_subcommand price; and __fish_seen_subcommand_from set" -l list -d 'Price list [default: the default list]' -r
complete -c subs -n "__fish_subs_using_subcommand price; and __fish_seen_subcommand_from set" -l uom -d 'Unit the rate is for [default: the item\'s UOM]' -r
complete -c subs -n "__fish_subs_using_subcommand price; and __fish_seen_subcommand_from set" -l from -d 'First day the rate applies' -r
complete -c subs -n "__fish_subs_using_subcommand price; and __fish_seen_subcommand_from set" -l to -d 'Last day the rate applies' -r
complete -c subs -n "__fish_subs_using_subcommand price; and __fish_seen_subcommand_from set" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand price; and __fish_seen_subcommand_from set" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand price; and __fish_seen_subcommand_from set" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand price; and __fish_seen_subcommand_from set" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand price; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand price; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand price; and __fish_seen_subcommand_from set" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand price; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand price; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand price; and __fish_seen_subcommand_from list" -l item -d 'Only this item\'s prices' -r
complete -c subs -n "__fish_subs_using_subcommand price; and __fish_seen_subcommand_from list" -l list -d 'Only the prices of this price list' -r
complete -c subs -n "__fish_subs_using_subcommand price; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand price; and __fish_seen_subcommand_from list" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand price; and __fish_seen_subcommand_from list" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand price; and __fish_seen_subcommand_from list" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand price; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand price; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand price; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand price; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand price; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand price; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set an item\'s unit rate in a price list, optionally for a validity range'
complete -c subs -n "__fish_subs_using_subcommand price; and __fish_seen_subcommand_from help" -f -a "list" -d 'List item prices'
complete -c subs -n "__fish_subs_using_subcommand price; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand vat; and not __fish_seen_subcommand_from add list help" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand vat; and not __fish_seen_subcommand_from add list help" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand vat; and not __fish_seen_subcommand_from add list help" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand vat; and not __fish_seen_subcommand_from add list help" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand vat; and not __fish_seen_subcommand_from add list help" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand vat; and not __fish_seen_subcommand_from add list help" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand vat; and not __fish_seen_subcommand_from add list help" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand vat; and not __fish_seen_subcommand_from add list help" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand vat; and not __fish_seen_subcommand_from add list help" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand vat; and not __fish_seen_subcommand_from add list help" -f -a "add" -d 'Add a VAT rate, in percent (20, 10, 5.5, 2.1, 0)'
complete -c subs -n "__fish_subs_using_subcommand vat; and not __fish_seen_subcommand_from add list help" -f -a "list" -d 'List VAT rates'
complete -c subs -n "__fish_subs_using_subcommand vat; and not __fish_seen_subcommand_from add list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand vat; and __fish_seen_subcommand_from add" -l rate -d 'Percentage, at most two decimals' -r
complete -c subs -n "__fish_subs_using_subcommand vat; and __fish_seen_subcommand_from add" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand vat; and __fish_seen_subcommand_from add" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand vat; and __fish_seen_subcommand_from add" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand vat; and __fish_seen_subcommand_from add" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand vat; and __fish_seen_subcommand_from add" -l default -d 'Make it the default rate'
complete -c subs -n "__fish_subs_using_subcommand vat; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand vat; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand vat; and __fish_seen_subcommand_from add" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand vat; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand vat; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand vat; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand vat; and __fish_seen_subcommand_from list" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand vat; and __fish_seen_subcommand_from list" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand vat; and __fish_seen_subcommand_from list" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand vat; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand vat; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand vat; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand vat; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand vat; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand vat; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a VAT rate, in percent (20, 10, 5.5, 2.1, 0)'
complete -c subs -n "__fish_subs_using_subcommand vat; and __fish_seen_subcommand_from help" -f -a "list" -d 'List VAT rates'
complete -c subs -n "__fish_subs_using_subcommand vat; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand dunning; and not __fish_seen_subcommand_from level list help" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand dunning; and not __fish_seen_subcommand_from level list help" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand dunning; and not __fish_seen_subcommand_from level list help" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand dunning; and not __fish_seen_subcommand_from level list help" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand dunning; and not __fish_seen_subcommand_from level list help" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand dunning; and not __fish_seen_subcommand_from level list help" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand dunning; and not __fish_seen_subcommand_from level list help" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand dunning; and not __fish_seen_subcommand_from level list help" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand dunning; and not __fish_seen_subcommand_from level list help" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand dunning; and not __fish_seen_subcommand_from level list help" -f -a "level" -d 'Reminder levels'
complete -c subs -n "__fish_subs_using_subcommand dunning; and not __fish_seen_subcommand_from level list help" -f -a "list" -d 'Show where each overdue invoice stands: days late, the reminder level sent and the next one, a dispute, the final action taken, and for business customers the penalty accrued to date and the recovery indemnity'
complete -c subs -n "__fish_subs_using_subcommand dunning; and not __fish_seen_subcommand_from level list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand dunning; and __fish_seen_subcommand_from level" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand dunning; and __fish_seen_subcommand_from level" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand dunning; and __fish_seen_subcommand_from level" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand dunning; and __fish_seen_subcommand_from level" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand dunning; and __fish_seen_subcommand_from level" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand dunning; and __fish_seen_subcommand_from level" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand dunning; and __fish_seen_subcommand_from level" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand dunning; and __fish_seen_subcommand_from level" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand dunning; and __fish_seen_subcommand_from level" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand dunning; and __fish_seen_subcommand_from level" -f -a "add" -d 'Add a reminder level (or change the one of that number). Once levels exist, `tick` queues for each overdue invoice the reminder of the highest level it has reached and not yet been sent, once per level, one e-mail per customer grouping their overdue invoices; business customers\' reminders state the late-payment penalty and the 40 € recovery indemnity. A book without levels sends no reminder'
complete -c subs -n "__fish_subs_using_subcommand dunning; and __fish_seen_subcommand_from level" -f -a "list" -d 'List the reminder levels: after how many days past the due date each is sent, and its template'
complete -c subs -n "__fish_subs_using_subcommand dunning; and __fish_seen_subcommand_from level" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand dunning; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand dunning; and __fish_seen_subcommand_from list" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand dunning; and __fish_seen_subcommand_from list" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand dunning; and __fish_seen_subcommand_from list" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand dunning; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand dunning; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand dunning; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand dunning; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand dunning; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand dunning; and __fish_seen_subcommand_from help" -f -a "level" -d 'Reminder levels'
complete -c subs -n "__fish_subs_using_subcommand dunning; and __fish_seen_subcommand_from help" -f -a "list" -d 'Show where each overdue invoice stands: days late, the reminder level sent and the next one, a dispute, the final action taken, and for business customers the penalty accrued to date and the recovery indemnity'
complete -c subs -n "__fish_subs_using_subcommand dunning; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand plan; and not __fish_seen_subcommand_from add list show help" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand plan; and not __fish_seen_subcommand_from add list show help" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand plan; and not __fish_seen_subcommand_from add list show help" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand plan; and not __fish_seen_subcommand_from add list show help" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand plan; and not __fish_seen_subcommand_from add list show help" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand plan; and not __fish_seen_subcommand_from add list show help" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand plan; and not __fish_seen_subcommand_from add list show help" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand plan; and not __fish_seen_subcommand_from add list show help" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand plan; and not __fish_seen_subcommand_from add list show help" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand plan; and not __fish_seen_subcommand_from add list show help" -f -a "add" -d 'Add a plan: item lines that subscriptions copy, and a default interval'
complete -c subs -n "__fish_subs_using_subcommand plan; and not __fish_seen_subcommand_from add list show help" -f -a "list" -d 'List plans'
complete -c subs -n "__fish_subs_using_subcommand plan; and not __fish_seen_subcommand_from add list show help" -f -a "show" -d 'Show one plan with its lines'
complete -c subs -n "__fish_subs_using_subcommand plan; and not __fish_seen_subcommand_from add list show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand plan; and __fish_seen_subcommand_from add" -l name -d 'Display name [default: the code]' -r
complete -c subs -n "__fish_subs_using_subcommand plan; and __fish_seen_subcommand_from add" -l item -d 'ITEM[:QTY][@RATE] (repeat for several lines)' -r
complete -c subs -n "__fish_subs_using_subcommand plan; and __fish_seen_subcommand_from add" -l interval -d 'Default billing interval of subscriptions made from this plan' -r -f -a "day\t''
week\t''
month\t''
year\t''"
complete -c subs -n "__fish_subs_using_subcommand plan; and __fish_seen_subcommand_from add" -l every -d 'Default count of intervals per period, 1 to 1000' -r
complete -c subs -n "__fish_subs_using_subcommand plan; and __fish_seen_subcommand_from add" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand plan; and __fish_seen_subcommand_from add" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand plan; and __fish_seen_subcommand_from add" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand plan; and __fish_seen_subcommand_from add" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand plan; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand plan; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand plan; and __fish_seen_subcommand_from add" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand plan; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand plan; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand plan; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand plan; and __fish_seen_subcommand_from list" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand plan; and __fish_seen_subcommand_from list" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand plan; and __fish_seen_subcommand_from list" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand plan; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand plan; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand plan; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand plan; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand plan; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand plan; and __fish_seen_subcommand_from show" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand plan; and __fish_seen_subcommand_from show" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand plan; and __fish_seen_subcommand_from show" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand plan; and __fish_seen_subcommand_from show" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand plan; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand plan; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand plan; and __fish_seen_subcommand_from show" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand plan; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand plan; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a plan: item lines that subscriptions copy, and a default interval'
complete -c subs -n "__fish_subs_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "list" -d 'List plans'
complete -c subs -n "__fish_subs_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one plan with its lines'
complete -c subs -n "__fish_subs_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand coupon; and not __fish_seen_subcommand_from add list show disable help" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand coupon; and not __fish_seen_subcommand_from add list show disable help" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand coupon; and not __fish_seen_subcommand_from add list show disable help" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand coupon; and not __fish_seen_subcommand_from add list show disable help" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand coupon; and not __fish_seen_subcommand_from add list show disable help" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand coupon; and not __fish_seen_subcommand_from add list show disable help" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand coupon; and not __fish_seen_subcommand_from add list show disable help" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand coupon; and not __fish_seen_subcommand_from add list show disable help" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand coupon; and not __fish_seen_subcommand_from add list show disable help" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand coupon; and not __fish_seen_subcommand_from add list show disable help" -f -a "add" -d 'Add a coupon: a percentage or an amount off each period it applies to'
complete -c subs -n "__fish_subs_using_subcommand coupon; and not __fish_seen_subcommand_from add list show disable help" -f -a "list" -d 'List coupons'
complete -c subs -n "__fish_subs_using_subcommand coupon; and not __fish_seen_subcommand_from add list show disable help" -f -a "show" -d 'Show one coupon and how many subscriptions carry it'
complete -c subs -n "__fish_subs_using_subcommand coupon; and not __fish_seen_subcommand_from add list show disable help" -f -a "disable" -d 'Disable a coupon: no subscription can take it any more; those that carry it keep it'
complete -c subs -n "__fish_subs_using_subcommand coupon; and not __fish_seen_subcommand_from add list show disable help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand coupon; and __fish_seen_subcommand_from add" -l percent -d 'Percentage off each period (20 for 20 %), above 0 and at most 100' -r
complete -c subs -n "__fish_subs_using_subcommand coupon; and __fish_seen_subcommand_from add" -l amount -d 'Amount off each period, never more than the period bills' -r
complete -c subs -n "__fish_subs_using_subcommand coupon; and __fish_seen_subcommand_from add" -l periods -d 'For this many periods [default: every period]' -r
complete -c subs -n "__fish_subs_using_subcommand coupon; and __fish_seen_subcommand_from add" -l plan -d 'Only on subscriptions to this plan (repeat for several)' -r
complete -c subs -n "__fish_subs_using_subcommand coupon; and __fish_seen_subcommand_from add" -l until -d 'The last day it can be applied to a subscription' -r
complete -c subs -n "__fish_subs_using_subcommand coupon; and __fish_seen_subcommand_from add" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand coupon; and __fish_seen_subcommand_from add" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand coupon; and __fish_seen_subcommand_from add" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand coupon; and __fish_seen_subcommand_from add" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand coupon; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand coupon; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand coupon; and __fish_seen_subcommand_from add" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand coupon; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand coupon; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand coupon; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand coupon; and __fish_seen_subcommand_from list" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand coupon; and __fish_seen_subcommand_from list" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand coupon; and __fish_seen_subcommand_from list" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand coupon; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand coupon; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand coupon; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand coupon; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand coupon; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand coupon; and __fish_seen_subcommand_from show" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand coupon; and __fish_seen_subcommand_from show" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand coupon; and __fish_seen_subcommand_from show" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand coupon; and __fish_seen_subcommand_from show" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand coupon; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand coupon; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand coupon; and __fish_seen_subcommand_from show" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand coupon; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand coupon; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand coupon; and __fish_seen_subcommand_from disable" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand coupon; and __fish_seen_subcommand_from disable" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand coupon; and __fish_seen_subcommand_from disable" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand coupon; and __fish_seen_subcommand_from disable" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand coupon; and __fish_seen_subcommand_from disable" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand coupon; and __fish_seen_subcommand_from disable" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand coupon; and __fish_seen_subcommand_from disable" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand coupon; and __fish_seen_subcommand_from disable" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand coupon; and __fish_seen_subcommand_from disable" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand coupon; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a coupon: a percentage or an amount off each period it applies to'
complete -c subs -n "__fish_subs_using_subcommand coupon; and __fish_seen_subcommand_from help" -f -a "list" -d 'List coupons'
complete -c subs -n "__fish_subs_using_subcommand coupon; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one coupon and how many subscriptions carry it'
complete -c subs -n "__fish_subs_using_subcommand coupon; and __fish_seen_subcommand_from help" -f -a "disable" -d 'Disable a coupon: no subscription can take it any more; those that carry it keep it'
complete -c subs -n "__fish_subs_using_subcommand coupon; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand subscription; and not __fish_seen_subcommand_from create list show edit check preview cancel restart change pause resume help" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand subscription; and not __fish_seen_subcommand_from create list show edit check preview cancel restart change pause resume help" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand subscription; and not __fish_seen_subcommand_from create list show edit check preview cancel restart change pause resume help" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand subscription; and not __fish_seen_subcommand_from create list show edit check preview cancel restart change pause resume help" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand subscription; and not __fish_seen_subcommand_from create list show edit check preview cancel restart change pause resume help" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand subscription; and not __fish_seen_subcommand_from create list show edit check preview cancel restart change pause resume help" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand subscription; and not __fish_seen_subcommand_from create list show edit check preview cancel restart change pause resume help" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand subscription; and not __fish_seen_subcommand_from create list show edit check preview cancel restart change pause resume help" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand subscription; and not __fish_seen_subcommand_from create list show edit check preview cancel restart change pause resume help" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand subscription; and not __fish_seen_subcommand_from create list show edit check preview cancel restart change pause resume help" -f -a "create" -d 'Create a subscription from a plan or from item lines'
complete -c subs -n "__fish_subs_using_subcommand subscription; and not __fish_seen_subcommand_from create list show edit check preview cancel restart change pause resume help" -f -a "list" -d 'List subscriptions, optionally of one customer or in one status'
complete -c subs -n "__fish_subs_using_subcommand subscription; and not __fish_seen_subcommand_from create list show edit check preview cancel restart change pause resume help" -f -a "show" -d 'Show one subscription with its lines, reservations and usage not billed yet'
complete -c subs -n "__fish_subs_using_subcommand subscription; and not __fish_seen_subcommand_from create list show edit check preview cancel restart change pause resume help" -f -a "edit" -d 'Change how a subscription bills from now on. Its start, interval and dates stay (cancel and restart change those); new lines apply to periods not yet billed'
complete -c subs -n "__fish_subs_using_subcommand subscription; and not __fish_seen_subcommand_from create list show edit check preview cancel restart change pause resume help" -f -a "check" -d 'Bring one subscription up to date now: what `tick` would do for it'
complete -c subs -n "__fish_subs_using_subcommand subscription; and not __fish_seen_subcommand_from create list show edit check preview cancel restart change pause resume help" -f -a "preview" -d 'Show the next periods of a subscription and what each would bill, writing nothing'
complete -c subs -n "__fish_subs_using_subcommand subscription; and not __fish_seen_subcommand_from create list show edit check preview cancel restart change pause resume help" -f -a "cancel" -d 'Cancel a subscription: --on is its last day of service (inclusive)'
complete -c subs -n "__fish_subs_using_subcommand subscription; and not __fish_seen_subcommand_from create list show edit check preview cancel restart change pause resume help" -f -a "restart" -d 'Restart a cancelled or completed subscription: periods start again from --on'
complete -c subs -n "__fish_subs_using_subcommand subscription; and not __fish_seen_subcommand_from create list show edit check preview cancel restart change pause resume help" -f -a "change" -d 'Change a subscription\'s lines (and interval) from a day on: inside a period, the old lines bill the days before it and the new lines the days from it, each prorated; what was invoiced in advance is corrected at once (a credit note and an invoice)'
complete -c subs -n "__fish_subs_using_subcommand subscription; and not __fish_seen_subcommand_from create list show edit check preview cancel restart change pause resume help" -f -a "pause" -d 'Pause a subscription: its paused days are not billed (a period billed in advance gets a credit note for them); its anchor and reservations stay'
complete -c subs -n "__fish_subs_using_subcommand subscription; and not __fish_seen_subcommand_from create list show edit check preview cancel restart change pause resume help" -f -a "resume" -d 'Resume a paused subscription: its pause ends the day before --on; days given back in periods already billed are invoiced at once'
complete -c subs -n "__fish_subs_using_subcommand subscription; and not __fish_seen_subcommand_from create list show edit check preview cancel restart change pause resume help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from create" -l customer -d 'The customer billed (asked for at a terminal when missing)' -r
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from create" -l item -d 'ITEM[:QTY][@RATE] (repeat): @RATE fixes the unit rate, otherwise the price list prices it; on edit, they replace the lines of the periods not yet billed' -r
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from create" -l days-until-due -d 'Payment term in days [default: invoice.days_until_due]' -r
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from create" -l payment-method -d 'manual, link, stripe, gocardless or sepa [default: the customer\'s]; on edit, `""` goes back to the customer\'s' -r
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from create" -l email-template -d 'E-mail template for payment requests; on edit, `""` for none' -r
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from create" -l coupon -d 'A coupon to apply from the next period billed (`coupon add`); on edit, it replaces the one carried' -r
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from create" -l plan -d 'Copy the lines (and interval) of this plan' -r
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from create" -l start -d 'First day of service [default: today]' -r
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from create" -l interval -d 'Billing interval [default: the plan\'s, else month]' -r -f -a "day\t''
week\t''
month\t''
year\t''"
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from create" -l every -d 'Intervals per period, 1 to 1000 (quarterly: --interval month --every 3)' -r
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from create" -l bill -d 'Bill each period in advance (default) or in arrears' -r -f -a "advance\t''
arrears\t''"
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from create" -l trial-end -d 'Last day of a free trial; billing starts the day after' -r
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from create" -l end -d 'Last day of service; the period holding it is prorated' -r
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from create" -l reserve -d 'Hold one unit of ITEM at LOCATION from --start through --end (or the cancellation date); refused when none is free for the whole span' -r
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from create" -l credits -d 'Grant booking credits: QTY of TYPE once, every billed period, or every day, week or month from the first billed day, each lot lasting VALIDITY_DAYS [default: the type\'s]' -r
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from create" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from create" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from create" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from create" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from create" -l draft-invoices -d 'Leave invoices as drafts for review (`subs invoice issue`)'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from create" -l with-order -d 'Create a sales order per period (invoiced with `subs order invoice`)'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from create" -l invoice-orders -d 'With --with-order: let tick invoice each order at once'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from create" -l send-invoices -d 'E-mail each invoice and credit note issued for it, with its Factur-X PDF (whatever its customer says)'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from create" -l no-send-invoices -d 'Do not e-mail its documents, even when its customer has --send-invoices'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from create" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from list" -l customer -d 'Only this customer\'s subscriptions' -r
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from list" -l status -d 'trialing, active, cancelling, cancelled or completed' -r
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from list" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from list" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from list" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from show" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from show" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from show" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from show" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from show" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from edit" -l item -d 'ITEM[:QTY][@RATE] (repeat): @RATE fixes the unit rate, otherwise the price list prices it; on edit, they replace the lines of the periods not yet billed' -r
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from edit" -l days-until-due -d 'Payment term in days [default: invoice.days_until_due]' -r
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from edit" -l payment-method -d 'manual, link, stripe, gocardless or sepa [default: the customer\'s]; on edit, `""` goes back to the customer\'s' -r
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from edit" -l email-template -d 'E-mail template for payment requests; on edit, `""` for none' -r
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from edit" -l coupon -d 'A coupon to apply from the next period billed (`coupon add`); on edit, it replaces the one carried' -r
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from edit" -l gateway-customer -d 'The payer\'s customer at the gateway (Stripe `cus_…`), for charges of a saved card' -r
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from edit" -l gateway-payment-method -d 'The saved card (Stripe `pm_…`) or mandate (GoCardless `MD…`) charged when an invoice is issued' -r
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from edit" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from edit" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from edit" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from edit" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from edit" -l draft-invoices -d 'Leave invoices as drafts'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from edit" -l issue-invoices -d 'Issue invoices directly'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from edit" -l send-invoices -d 'E-mail each invoice and credit note issued for it, with its Factur-X PDF (whatever its customer says)'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from edit" -l no-send-invoices -d 'Do not e-mail its documents, even when its customer has --send-invoices'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from edit" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from edit" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from check" -l max-periods -d 'Refuse to bill more periods than this in one run' -r
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from check" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from check" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from check" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from check" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from check" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from check" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from preview" -l periods -d 'How many periods' -r
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from preview" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from preview" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from preview" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from preview" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from preview" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from preview" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from preview" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from preview" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from preview" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from cancel" -l on -d 'Last day of service [default: end of the current period]' -r
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from cancel" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from cancel" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from cancel" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from cancel" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from cancel" -l prorate -d 'Bill the last period pro rata'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from cancel" -l break-commitment -d 'Cancel even though a signed contract commits the customer beyond --on'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from cancel" -l dry-run -d 'Print what the cancellation would do (credit notes, amounts) and write nothing'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from cancel" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from cancel" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from cancel" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from cancel" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from restart" -l on -d 'First day of the new run [default: today]' -r
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from restart" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from restart" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from restart" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from restart" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from restart" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from restart" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from restart" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from restart" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from restart" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from change" -l plan -d 'The plan whose lines replace the current ones' -r
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from change" -l item -d 'ITEM[:QTY][@RATE] (repeat): the lines that replace the current ones' -r
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from change" -l on -d 'First day of the new lines [default: the next period\'s first day]' -r
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from change" -l interval -d 'New billing interval: the current run of periods ends the day before --on and a new one starts on it' -r -f -a "day\t''
week\t''
month\t''
year\t''"
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from change" -l every -d 'Intervals per period of the new run, 1 to 1000 (with --interval)' -r
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from change" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from change" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from change" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from change" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from change" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from change" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from change" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from change" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from change" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from pause" -l from -d 'First paused day' -r
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from pause" -l until -d 'Last paused day [default: until `subscription resume`]' -r
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from pause" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from pause" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from pause" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from pause" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from pause" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from pause" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from pause" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from pause" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from pause" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from resume" -l on -d 'First day billed again [default: today]' -r
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from resume" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from resume" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from resume" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from resume" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from resume" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from resume" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from resume" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from resume" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from resume" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a subscription from a plan or from item lines'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from help" -f -a "list" -d 'List subscriptions, optionally of one customer or in one status'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one subscription with its lines, reservations and usage not billed yet'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change how a subscription bills from now on. Its start, interval and dates stay (cancel and restart change those); new lines apply to periods not yet billed'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from help" -f -a "check" -d 'Bring one subscription up to date now: what `tick` would do for it'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from help" -f -a "preview" -d 'Show the next periods of a subscription and what each would bill, writing nothing'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from help" -f -a "cancel" -d 'Cancel a subscription: --on is its last day of service (inclusive)'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from help" -f -a "restart" -d 'Restart a cancelled or completed subscription: periods start again from --on'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from help" -f -a "change" -d 'Change a subscription\'s lines (and interval) from a day on: inside a period, the old lines bill the days before it and the new lines the days from it, each prorated; what was invoiced in advance is corrected at once (a credit note and an invoice)'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from help" -f -a "pause" -d 'Pause a subscription: its paused days are not billed (a period billed in advance gets a credit note for them); its anchor and reservations stay'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from help" -f -a "resume" -d 'Resume a paused subscription: its pause ends the day before --on; days given back in periods already billed are invoiced at once'
complete -c subs -n "__fish_subs_using_subcommand subscription; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand cancel" -l on -d 'Last day of service [default: end of the current period]' -r
complete -c subs -n "__fish_subs_using_subcommand cancel" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand cancel" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand cancel" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand cancel" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand cancel" -l prorate -d 'Bill the last period pro rata'
complete -c subs -n "__fish_subs_using_subcommand cancel" -l break-commitment -d 'Cancel even though a signed contract commits the customer beyond --on'
complete -c subs -n "__fish_subs_using_subcommand cancel" -l dry-run -d 'Print what the cancellation would do (credit notes, amounts) and write nothing'
complete -c subs -n "__fish_subs_using_subcommand cancel" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand cancel" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand cancel" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand cancel" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand cancel" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand order; and not __fish_seen_subcommand_from create confirm invoice list show help" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand order; and not __fish_seen_subcommand_from create confirm invoice list show help" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand order; and not __fish_seen_subcommand_from create confirm invoice list show help" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand order; and not __fish_seen_subcommand_from create confirm invoice list show help" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand order; and not __fish_seen_subcommand_from create confirm invoice list show help" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand order; and not __fish_seen_subcommand_from create confirm invoice list show help" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand order; and not __fish_seen_subcommand_from create confirm invoice list show help" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand order; and not __fish_seen_subcommand_from create confirm invoice list show help" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand order; and not __fish_seen_subcommand_from create confirm invoice list show help" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand order; and not __fish_seen_subcommand_from create confirm invoice list show help" -f -a "create" -d 'Create a draft sales order, priced on its date'
complete -c subs -n "__fish_subs_using_subcommand order; and not __fish_seen_subcommand_from create confirm invoice list show help" -f -a "confirm" -d 'Confirm a draft order: its recurring lines become subscriptions (printed, one per line)'
complete -c subs -n "__fish_subs_using_subcommand order; and not __fish_seen_subcommand_from create confirm invoice list show help" -f -a "invoice" -d 'Invoice an order waiting to be invoiced (its non-recurring lines); prints the number'
complete -c subs -n "__fish_subs_using_subcommand order; and not __fish_seen_subcommand_from create confirm invoice list show help" -f -a "list" -d 'List sales orders'
complete -c subs -n "__fish_subs_using_subcommand order; and not __fish_seen_subcommand_from create confirm invoice list show help" -f -a "show" -d 'Show one order with its lines'
complete -c subs -n "__fish_subs_using_subcommand order; and not __fish_seen_subcommand_from create confirm invoice list show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand order; and __fish_seen_subcommand_from create" -l customer -d 'The customer ordering' -r
complete -c subs -n "__fish_subs_using_subcommand order; and __fish_seen_subcommand_from create" -l item -d 'ITEM[:QTY][@RATE]: @RATE fixes the unit rate, otherwise the price list prices it (repeat)' -r
complete -c subs -n "__fish_subs_using_subcommand order; and __fish_seen_subcommand_from create" -l date -d 'Order date [default: today]' -r
complete -c subs -n "__fish_subs_using_subcommand order; and __fish_seen_subcommand_from create" -l start -d 'First day of the subscriptions its recurring lines start' -r
complete -c subs -n "__fish_subs_using_subcommand order; and __fish_seen_subcommand_from create" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand order; and __fish_seen_subcommand_from create" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand order; and __fish_seen_subcommand_from create" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand order; and __fish_seen_subcommand_from create" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand order; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand order; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand order; and __fish_seen_subcommand_from create" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand order; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand order; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand order; and __fish_seen_subcommand_from confirm" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand order; and __fish_seen_subcommand_from confirm" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand order; and __fish_seen_subcommand_from confirm" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand order; and __fish_seen_subcommand_from confirm" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand order; and __fish_seen_subcommand_from confirm" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand order; and __fish_seen_subcommand_from confirm" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand order; and __fish_seen_subcommand_from confirm" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand order; and __fish_seen_subcommand_from confirm" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand order; and __fish_seen_subcommand_from confirm" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand order; and __fish_seen_subcommand_from invoice" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand order; and __fish_seen_subcommand_from invoice" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand order; and __fish_seen_subcommand_from invoice" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand order; and __fish_seen_subcommand_from invoice" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand order; and __fish_seen_subcommand_from invoice" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand order; and __fish_seen_subcommand_from invoice" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand order; and __fish_seen_subcommand_from invoice" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand order; and __fish_seen_subcommand_from invoice" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand order; and __fish_seen_subcommand_from invoice" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand order; and __fish_seen_subcommand_from list" -l customer -d 'Only this customer\'s orders' -r
complete -c subs -n "__fish_subs_using_subcommand order; and __fish_seen_subcommand_from list" -l subscription -d 'Only the period orders of this subscription' -r
complete -c subs -n "__fish_subs_using_subcommand order; and __fish_seen_subcommand_from list" -l status -d 'draft, to_invoice, invoiced, completed or cancelled' -r
complete -c subs -n "__fish_subs_using_subcommand order; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand order; and __fish_seen_subcommand_from list" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand order; and __fish_seen_subcommand_from list" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand order; and __fish_seen_subcommand_from list" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand order; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand order; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand order; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand order; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand order; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand order; and __fish_seen_subcommand_from show" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand order; and __fish_seen_subcommand_from show" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand order; and __fish_seen_subcommand_from show" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand order; and __fish_seen_subcommand_from show" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand order; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand order; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand order; and __fish_seen_subcommand_from show" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand order; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand order; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand order; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a draft sales order, priced on its date'
complete -c subs -n "__fish_subs_using_subcommand order; and __fish_seen_subcommand_from help" -f -a "confirm" -d 'Confirm a draft order: its recurring lines become subscriptions (printed, one per line)'
complete -c subs -n "__fish_subs_using_subcommand order; and __fish_seen_subcommand_from help" -f -a "invoice" -d 'Invoice an order waiting to be invoiced (its non-recurring lines); prints the number'
complete -c subs -n "__fish_subs_using_subcommand order; and __fish_seen_subcommand_from help" -f -a "list" -d 'List sales orders'
complete -c subs -n "__fish_subs_using_subcommand order; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one order with its lines'
complete -c subs -n "__fish_subs_using_subcommand order; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand invoice; and not __fish_seen_subcommand_from create list show issue credit explain render send dispute penalties help" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand invoice; and not __fish_seen_subcommand_from create list show issue credit explain render send dispute penalties help" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand invoice; and not __fish_seen_subcommand_from create list show issue credit explain render send dispute penalties help" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand invoice; and not __fish_seen_subcommand_from create list show issue credit explain render send dispute penalties help" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand invoice; and not __fish_seen_subcommand_from create list show issue credit explain render send dispute penalties help" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand invoice; and not __fish_seen_subcommand_from create list show issue credit explain render send dispute penalties help" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand invoice; and not __fish_seen_subcommand_from create list show issue credit explain render send dispute penalties help" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand invoice; and not __fish_seen_subcommand_from create list show issue credit explain render send dispute penalties help" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand invoice; and not __fish_seen_subcommand_from create list show issue credit explain render send dispute penalties help" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand invoice; and not __fish_seen_subcommand_from create list show issue credit explain render send dispute penalties help" -f -a "create" -d 'Create a one-off invoice, issued at once unless --draft'
complete -c subs -n "__fish_subs_using_subcommand invoice; and not __fish_seen_subcommand_from create list show issue credit explain render send dispute penalties help" -f -a "list" -d 'List invoices and credit notes by issue date (drafts last)'
complete -c subs -n "__fish_subs_using_subcommand invoice; and not __fish_seen_subcommand_from create list show issue credit explain render send dispute penalties help" -f -a "show" -d 'Show an invoice or credit note (by number, or draft:ID) with lines and VAT'
complete -c subs -n "__fish_subs_using_subcommand invoice; and not __fish_seen_subcommand_from create list show issue credit explain render send dispute penalties help" -f -a "issue" -d 'Issue drafts: each gets the next number of its series, dated today, and is frozen'
complete -c subs -n "__fish_subs_using_subcommand invoice; and not __fish_seen_subcommand_from create list show issue credit explain render send dispute penalties help" -f -a "credit" -d 'Issue a credit note correcting an invoice: in full, or for --amount'
complete -c subs -n "__fish_subs_using_subcommand invoice; and not __fish_seen_subcommand_from create list show issue credit explain render send dispute penalties help" -f -a "explain" -d 'Explain how each line\'s amount was reached: period, days served over days in the period, factor, rate and where it came from, the exact amount and the rounded one'
complete -c subs -n "__fish_subs_using_subcommand invoice; and not __fish_seen_subcommand_from create list show issue credit explain render send dispute penalties help" -f -a "render" -d 'Render an invoice or credit note as a file: a Factur-X PDF (PDF/A-3b carrying its EN 16931 CII XML), the XML alone, or the HTML view — as the extension of --out says'
complete -c subs -n "__fish_subs_using_subcommand invoice; and not __fish_seen_subcommand_from create list show issue credit explain render send dispute penalties help" -f -a "send" -d 'E-mail an issued invoice or credit note to the customer\'s billing address, with its Factur-X PDF attached, whatever the customer\'s payment method'
complete -c subs -n "__fish_subs_using_subcommand invoice; and not __fish_seen_subcommand_from create list show issue credit explain render send dispute penalties help" -f -a "dispute" -d 'Mark an invoice as disputed by its customer: its reminders stop until the dispute is resolved (--resolve), when they resume where they stood'
complete -c subs -n "__fish_subs_using_subcommand invoice; and not __fish_seen_subcommand_from create list show issue credit explain render send dispute penalties help" -f -a "penalties" -d 'Compute what a business customer owes today for paying an invoice late (Code de commerce L441-10, D441-5): the penalty at `invoice.late_penalty_rate` (a yearly percentage) on what is still owed, for each day past the due date, and the 40 € recovery indemnity. Individuals owe neither. Bill them with `subs invoice create --penalties-of NUMBER`'
complete -c subs -n "__fish_subs_using_subcommand invoice; and not __fish_seen_subcommand_from create list show issue credit explain render send dispute penalties help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from create" -l customer -d 'The customer invoiced' -r
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from create" -l item -d 'ITEM[:QTY][@RATE]: @RATE fixes the unit rate, otherwise the price list prices it (repeat)' -r
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from create" -l penalties-of -d 'Bill a business customer\'s late-payment penalty to date and 40 € indemnity for this late invoice (once)' -r
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from create" -l days-until-due -d 'Payment term [default: invoice.days_until_due]' -r
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from create" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from create" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from create" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from create" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from create" -l draft -d 'Keep it as a draft (`subs invoice issue draft:ID` later)'
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from create" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from list" -l customer -d 'Only this customer\'s documents' -r
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from list" -l subscription -d 'Only the documents of this subscription' -r
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from list" -l status -d 'draft, issued, unpaid, partly_paid, paid, overdue or credited' -r
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from list" -l from -d 'Issued on or after' -r
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from list" -l to -d 'Issued on or before' -r
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from list" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from list" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from list" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from show" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from show" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from show" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from show" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from show" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from issue" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from issue" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from issue" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from issue" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from issue" -l all-drafts -d 'Issue every draft, oldest first'
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from issue" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from issue" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from issue" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from issue" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from issue" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from credit" -l amount -d 'Net amount to credit (before VAT) [default: all that remains]' -r
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from credit" -l reason -d 'Why, printed on the credit note' -r
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from credit" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from credit" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from credit" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from credit" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from credit" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from credit" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from credit" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from credit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from credit" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from explain" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from explain" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from explain" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from explain" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from explain" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from explain" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from explain" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from explain" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from explain" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from render" -l from -d 'With --all: issued on or after' -r
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from render" -l to -d 'With --all: issued on or before' -r
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from render" -l out -d 'The file to write (.pdf, .xml or .html); with --all, the directory' -r -F
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from render" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from render" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from render" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from render" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from render" -l all -d 'Render every issued document into the directory given by --out'
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from render" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from render" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from render" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from render" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from render" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from send" -l template -d 'The e-mail template to write the message with' -r
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from send" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from send" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from send" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from send" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from send" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from send" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from send" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from send" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from send" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from dispute" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from dispute" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from dispute" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from dispute" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from dispute" -l resolve -d 'The dispute is settled: reminders resume'
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from dispute" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from dispute" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from dispute" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from dispute" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from dispute" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from penalties" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from penalties" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from penalties" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from penalties" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from penalties" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from penalties" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from penalties" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from penalties" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from penalties" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a one-off invoice, issued at once unless --draft'
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from help" -f -a "list" -d 'List invoices and credit notes by issue date (drafts last)'
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show an invoice or credit note (by number, or draft:ID) with lines and VAT'
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from help" -f -a "issue" -d 'Issue drafts: each gets the next number of its series, dated today, and is frozen'
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from help" -f -a "credit" -d 'Issue a credit note correcting an invoice: in full, or for --amount'
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from help" -f -a "explain" -d 'Explain how each line\'s amount was reached: period, days served over days in the period, factor, rate and where it came from, the exact amount and the rounded one'
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from help" -f -a "render" -d 'Render an invoice or credit note as a file: a Factur-X PDF (PDF/A-3b carrying its EN 16931 CII XML), the XML alone, or the HTML view — as the extension of --out says'
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from help" -f -a "send" -d 'E-mail an issued invoice or credit note to the customer\'s billing address, with its Factur-X PDF attached, whatever the customer\'s payment method'
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from help" -f -a "dispute" -d 'Mark an invoice as disputed by its customer: its reminders stop until the dispute is resolved (--resolve), when they resume where they stood'
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from help" -f -a "penalties" -d 'Compute what a business customer owes today for paying an invoice late (Code de commerce L441-10, D441-5): the penalty at `invoice.late_penalty_rate` (a yearly percentage) on what is still owed, for each day past the due date, and the 40 € recovery indemnity. Individuals owe neither. Bill them with `subs invoice create --penalties-of NUMBER`'
complete -c subs -n "__fish_subs_using_subcommand invoice; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand payment; and not __fish_seen_subcommand_from add list show refund attempts help" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand payment; and not __fish_seen_subcommand_from add list show refund attempts help" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand payment; and not __fish_seen_subcommand_from add list show refund attempts help" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand payment; and not __fish_seen_subcommand_from add list show refund attempts help" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand payment; and not __fish_seen_subcommand_from add list show refund attempts help" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand payment; and not __fish_seen_subcommand_from add list show refund attempts help" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand payment; and not __fish_seen_subcommand_from add list show refund attempts help" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand payment; and not __fish_seen_subcommand_from add list show refund attempts help" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand payment; and not __fish_seen_subcommand_from add list show refund attempts help" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand payment; and not __fish_seen_subcommand_from add list show refund attempts help" -f -a "add" -d 'Record a payment received by cheque, cash, transfer or card terminal'
complete -c subs -n "__fish_subs_using_subcommand payment; and not __fish_seen_subcommand_from add list show refund attempts help" -f -a "list" -d 'List payments by date'
complete -c subs -n "__fish_subs_using_subcommand payment; and not __fish_seen_subcommand_from add list show refund attempts help" -f -a "show" -d 'Show a payment and the invoices it settled'
complete -c subs -n "__fish_subs_using_subcommand payment; and not __fish_seen_subcommand_from add list show refund attempts help" -f -a "refund" -d 'Pay held credit back to a customer'
complete -c subs -n "__fish_subs_using_subcommand payment; and not __fish_seen_subcommand_from add list show refund attempts help" -f -a "attempts" -d 'List the charges of saved cards and mandates asked of a gateway, oldest first: each attempt\'s idempotency key (written before the gateway is called), its status (pending, submitted, succeeded, failed) and the gateway\'s code when it was declined'
complete -c subs -n "__fish_subs_using_subcommand payment; and not __fish_seen_subcommand_from add list show refund attempts help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand payment; and __fish_seen_subcommand_from add" -l invoice -d 'Invoice settled (repeat for several)' -r
complete -c subs -n "__fish_subs_using_subcommand payment; and __fish_seen_subcommand_from add" -l customer -d 'The customer paying (needed without --invoice)' -r
complete -c subs -n "__fish_subs_using_subcommand payment; and __fish_seen_subcommand_from add" -l amount -d 'Amount received' -r
complete -c subs -n "__fish_subs_using_subcommand payment; and __fish_seen_subcommand_from add" -l currency -d 'Currency the money came in [default: the books\' currency]; it must be the invoices\'' -r
complete -c subs -n "__fish_subs_using_subcommand payment; and __fish_seen_subcommand_from add" -l method -d 'cheque, cash, transfer (default), card, sepa or gateway' -r
complete -c subs -n "__fish_subs_using_subcommand payment; and __fish_seen_subcommand_from add" -l date -d 'Day the money was received [default: today]' -r
complete -c subs -n "__fish_subs_using_subcommand payment; and __fish_seen_subcommand_from add" -l reference -d 'Cheque number, transfer reference…' -r
complete -c subs -n "__fish_subs_using_subcommand payment; and __fish_seen_subcommand_from add" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand payment; and __fish_seen_subcommand_from add" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand payment; and __fish_seen_subcommand_from add" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand payment; and __fish_seen_subcommand_from add" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand payment; and __fish_seen_subcommand_from add" -l allow-overpayment -d 'Keep what exceeds the invoices\' outstanding as customer credit'
complete -c subs -n "__fish_subs_using_subcommand payment; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand payment; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand payment; and __fish_seen_subcommand_from add" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand payment; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand payment; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand payment; and __fish_seen_subcommand_from list" -l customer -d 'Only this customer\'s payments' -r
complete -c subs -n "__fish_subs_using_subcommand payment; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand payment; and __fish_seen_subcommand_from list" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand payment; and __fish_seen_subcommand_from list" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand payment; and __fish_seen_subcommand_from list" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand payment; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand payment; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand payment; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand payment; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand payment; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand payment; and __fish_seen_subcommand_from show" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand payment; and __fish_seen_subcommand_from show" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand payment; and __fish_seen_subcommand_from show" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand payment; and __fish_seen_subcommand_from show" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand payment; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand payment; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand payment; and __fish_seen_subcommand_from show" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand payment; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand payment; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand payment; and __fish_seen_subcommand_from refund" -l customer -d 'The customer paid back' -r
complete -c subs -n "__fish_subs_using_subcommand payment; and __fish_seen_subcommand_from refund" -l amount -d 'Amount paid back' -r
complete -c subs -n "__fish_subs_using_subcommand payment; and __fish_seen_subcommand_from refund" -l date -d 'Day the money was paid back [default: today]' -r
complete -c subs -n "__fish_subs_using_subcommand payment; and __fish_seen_subcommand_from refund" -l method -d 'cheque, cash, transfer (default), card, sepa or gateway' -r
complete -c subs -n "__fish_subs_using_subcommand payment; and __fish_seen_subcommand_from refund" -l reference -d 'Cheque number, transfer reference…' -r
complete -c subs -n "__fish_subs_using_subcommand payment; and __fish_seen_subcommand_from refund" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand payment; and __fish_seen_subcommand_from refund" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand payment; and __fish_seen_subcommand_from refund" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand payment; and __fish_seen_subcommand_from refund" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand payment; and __fish_seen_subcommand_from refund" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand payment; and __fish_seen_subcommand_from refund" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand payment; and __fish_seen_subcommand_from refund" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand payment; and __fish_seen_subcommand_from refund" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand payment; and __fish_seen_subcommand_from refund" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand payment; and __fish_seen_subcommand_from attempts" -l invoice -d 'Only the attempts at charging this invoice' -r
complete -c subs -n "__fish_subs_using_subcommand payment; and __fish_seen_subcommand_from attempts" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand payment; and __fish_seen_subcommand_from attempts" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand payment; and __fish_seen_subcommand_from attempts" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand payment; and __fish_seen_subcommand_from attempts" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand payment; and __fish_seen_subcommand_from attempts" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand payment; and __fish_seen_subcommand_from attempts" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand payment; and __fish_seen_subcommand_from attempts" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand payment; and __fish_seen_subcommand_from attempts" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand payment; and __fish_seen_subcommand_from attempts" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand payment; and __fish_seen_subcommand_from help" -f -a "add" -d 'Record a payment received by cheque, cash, transfer or card terminal'
complete -c subs -n "__fish_subs_using_subcommand payment; and __fish_seen_subcommand_from help" -f -a "list" -d 'List payments by date'
complete -c subs -n "__fish_subs_using_subcommand payment; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a payment and the invoices it settled'
complete -c subs -n "__fish_subs_using_subcommand payment; and __fish_seen_subcommand_from help" -f -a "refund" -d 'Pay held credit back to a customer'
complete -c subs -n "__fish_subs_using_subcommand payment; and __fish_seen_subcommand_from help" -f -a "attempts" -d 'List the charges of saved cards and mandates asked of a gateway, oldest first: each attempt\'s idempotency key (written before the gateway is called), its status (pending, submitted, succeeded, failed) and the gateway\'s code when it was declined'
complete -c subs -n "__fish_subs_using_subcommand payment; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand payment-request; and not __fish_seen_subcommand_from list show help" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand payment-request; and not __fish_seen_subcommand_from list show help" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand payment-request; and not __fish_seen_subcommand_from list show help" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand payment-request; and not __fish_seen_subcommand_from list show help" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand payment-request; and not __fish_seen_subcommand_from list show help" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand payment-request; and not __fish_seen_subcommand_from list show help" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand payment-request; and not __fish_seen_subcommand_from list show help" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand payment-request; and not __fish_seen_subcommand_from list show help" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand payment-request; and not __fish_seen_subcommand_from list show help" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand payment-request; and not __fish_seen_subcommand_from list show help" -f -a "list" -d 'List payment requests. One is opened when an invoice is issued to a payer who pays by link, Stripe or GoCardless (the subscription\'s --payment-method, else the customer\'s)'
complete -c subs -n "__fish_subs_using_subcommand payment-request; and not __fish_seen_subcommand_from list show help" -f -a "show" -d 'Show a payment request'
complete -c subs -n "__fish_subs_using_subcommand payment-request; and not __fish_seen_subcommand_from list show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand payment-request; and __fish_seen_subcommand_from list" -l status -d 'open, paid, failed or cancelled' -r
complete -c subs -n "__fish_subs_using_subcommand payment-request; and __fish_seen_subcommand_from list" -l customer -d 'Only this customer\'s requests' -r
complete -c subs -n "__fish_subs_using_subcommand payment-request; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand payment-request; and __fish_seen_subcommand_from list" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand payment-request; and __fish_seen_subcommand_from list" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand payment-request; and __fish_seen_subcommand_from list" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand payment-request; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand payment-request; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand payment-request; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand payment-request; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand payment-request; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand payment-request; and __fish_seen_subcommand_from show" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand payment-request; and __fish_seen_subcommand_from show" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand payment-request; and __fish_seen_subcommand_from show" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand payment-request; and __fish_seen_subcommand_from show" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand payment-request; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand payment-request; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand payment-request; and __fish_seen_subcommand_from show" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand payment-request; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand payment-request; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand payment-request; and __fish_seen_subcommand_from help" -f -a "list" -d 'List payment requests. One is opened when an invoice is issued to a payer who pays by link, Stripe or GoCardless (the subscription\'s --payment-method, else the customer\'s)'
complete -c subs -n "__fish_subs_using_subcommand payment-request; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a payment request'
complete -c subs -n "__fish_subs_using_subcommand payment-request; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand webhook; and not __fish_seen_subcommand_from receive help" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand webhook; and not __fish_seen_subcommand_from receive help" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand webhook; and not __fish_seen_subcommand_from receive help" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand webhook; and not __fish_seen_subcommand_from receive help" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand webhook; and not __fish_seen_subcommand_from receive help" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand webhook; and not __fish_seen_subcommand_from receive help" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand webhook; and not __fish_seen_subcommand_from receive help" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand webhook; and not __fish_seen_subcommand_from receive help" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand webhook; and not __fish_seen_subcommand_from receive help" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand webhook; and not __fish_seen_subcommand_from receive help" -f -a "receive" -d 'Receive a payment gateway\'s webhook: verify its signature, store each event once, and apply it'
complete -c subs -n "__fish_subs_using_subcommand webhook; and not __fish_seen_subcommand_from receive help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand webhook; and __fish_seen_subcommand_from receive" -l gateway -d 'The gateway that sent it' -r -f -a "stripe\t''
gocardless\t''"
complete -c subs -n "__fish_subs_using_subcommand webhook; and __fish_seen_subcommand_from receive" -l signature -d 'The signature header\'s value' -r
complete -c subs -n "__fish_subs_using_subcommand webhook; and __fish_seen_subcommand_from receive" -l file -d 'Read the body from this file instead of standard input' -r -F
complete -c subs -n "__fish_subs_using_subcommand webhook; and __fish_seen_subcommand_from receive" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand webhook; and __fish_seen_subcommand_from receive" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand webhook; and __fish_seen_subcommand_from receive" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand webhook; and __fish_seen_subcommand_from receive" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand webhook; and __fish_seen_subcommand_from receive" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand webhook; and __fish_seen_subcommand_from receive" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand webhook; and __fish_seen_subcommand_from receive" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand webhook; and __fish_seen_subcommand_from receive" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand webhook; and __fish_seen_subcommand_from receive" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand webhook; and __fish_seen_subcommand_from help" -f -a "receive" -d 'Receive a payment gateway\'s webhook: verify its signature, store each event once, and apply it'
complete -c subs -n "__fish_subs_using_subcommand webhook; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand template; and not __fish_seen_subcommand_from add edit remove list show render help" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand template; and not __fish_seen_subcommand_from add edit remove list show render help" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand template; and not __fish_seen_subcommand_from add edit remove list show render help" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand template; and not __fish_seen_subcommand_from add edit remove list show render help" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand template; and not __fish_seen_subcommand_from add edit remove list show render help" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand template; and not __fish_seen_subcommand_from add edit remove list show render help" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand template; and not __fish_seen_subcommand_from add edit remove list show render help" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand template; and not __fish_seen_subcommand_from add edit remove list show render help" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand template; and not __fish_seen_subcommand_from add edit remove list show render help" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand template; and not __fish_seen_subcommand_from add edit remove list show render help" -f -a "add" -d 'Add an e-mail template: a subject and a body (minijinja syntax)'
complete -c subs -n "__fish_subs_using_subcommand template; and not __fish_seen_subcommand_from add edit remove list show render help" -f -a "edit" -d 'Change an e-mail template\'s subject, body, or both'
complete -c subs -n "__fish_subs_using_subcommand template; and not __fish_seen_subcommand_from add edit remove list show render help" -f -a "remove" -d 'Remove an e-mail template that nothing uses'
complete -c subs -n "__fish_subs_using_subcommand template; and not __fish_seen_subcommand_from add edit remove list show render help" -f -a "list" -d 'List e-mail templates'
complete -c subs -n "__fish_subs_using_subcommand template; and not __fish_seen_subcommand_from add edit remove list show render help" -f -a "show" -d 'Show an e-mail template'
complete -c subs -n "__fish_subs_using_subcommand template; and not __fish_seen_subcommand_from add edit remove list show render help" -f -a "render" -d 'Render a template for an invoice, as the e-mail would read (nothing is queued)'
complete -c subs -n "__fish_subs_using_subcommand template; and not __fish_seen_subcommand_from add edit remove list show render help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand template; and __fish_seen_subcommand_from add" -l subject -d 'The e-mail\'s subject line (minijinja syntax too)' -r
complete -c subs -n "__fish_subs_using_subcommand template; and __fish_seen_subcommand_from add" -l body-file -d 'The body (`-` for standard input)' -r -F
complete -c subs -n "__fish_subs_using_subcommand template; and __fish_seen_subcommand_from add" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand template; and __fish_seen_subcommand_from add" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand template; and __fish_seen_subcommand_from add" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand template; and __fish_seen_subcommand_from add" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand template; and __fish_seen_subcommand_from add" -l replace -d 'Replace a template of the same name'
complete -c subs -n "__fish_subs_using_subcommand template; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand template; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand template; and __fish_seen_subcommand_from add" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand template; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand template; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand template; and __fish_seen_subcommand_from edit" -l subject -d 'The new subject' -r
complete -c subs -n "__fish_subs_using_subcommand template; and __fish_seen_subcommand_from edit" -l body-file -d 'The new body (`-` for standard input)' -r -F
complete -c subs -n "__fish_subs_using_subcommand template; and __fish_seen_subcommand_from edit" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand template; and __fish_seen_subcommand_from edit" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand template; and __fish_seen_subcommand_from edit" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand template; and __fish_seen_subcommand_from edit" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand template; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand template; and __fish_seen_subcommand_from edit" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand template; and __fish_seen_subcommand_from edit" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand template; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand template; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand template; and __fish_seen_subcommand_from remove" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand template; and __fish_seen_subcommand_from remove" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand template; and __fish_seen_subcommand_from remove" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand template; and __fish_seen_subcommand_from remove" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand template; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand template; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand template; and __fish_seen_subcommand_from remove" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand template; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand template; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand template; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand template; and __fish_seen_subcommand_from list" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand template; and __fish_seen_subcommand_from list" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand template; and __fish_seen_subcommand_from list" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand template; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand template; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand template; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand template; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand template; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand template; and __fish_seen_subcommand_from show" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand template; and __fish_seen_subcommand_from show" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand template; and __fish_seen_subcommand_from show" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand template; and __fish_seen_subcommand_from show" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand template; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand template; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand template; and __fish_seen_subcommand_from show" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand template; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand template; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand template; and __fish_seen_subcommand_from render" -l invoice -d 'The invoice whose figures fill it in' -r
complete -c subs -n "__fish_subs_using_subcommand template; and __fish_seen_subcommand_from render" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand template; and __fish_seen_subcommand_from render" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand template; and __fish_seen_subcommand_from render" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand template; and __fish_seen_subcommand_from render" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand template; and __fish_seen_subcommand_from render" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand template; and __fish_seen_subcommand_from render" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand template; and __fish_seen_subcommand_from render" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand template; and __fish_seen_subcommand_from render" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand template; and __fish_seen_subcommand_from render" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand template; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add an e-mail template: a subject and a body (minijinja syntax)'
complete -c subs -n "__fish_subs_using_subcommand template; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change an e-mail template\'s subject, body, or both'
complete -c subs -n "__fish_subs_using_subcommand template; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove an e-mail template that nothing uses'
complete -c subs -n "__fish_subs_using_subcommand template; and __fish_seen_subcommand_from help" -f -a "list" -d 'List e-mail templates'
complete -c subs -n "__fish_subs_using_subcommand template; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show an e-mail template'
complete -c subs -n "__fish_subs_using_subcommand template; and __fish_seen_subcommand_from help" -f -a "render" -d 'Render a template for an invoice, as the e-mail would read (nothing is queued)'
complete -c subs -n "__fish_subs_using_subcommand template; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand mail; and not __fish_seen_subcommand_from list send help" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand mail; and not __fish_seen_subcommand_from list send help" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand mail; and not __fish_seen_subcommand_from list send help" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand mail; and not __fish_seen_subcommand_from list send help" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand mail; and not __fish_seen_subcommand_from list send help" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand mail; and not __fish_seen_subcommand_from list send help" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand mail; and not __fish_seen_subcommand_from list send help" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand mail; and not __fish_seen_subcommand_from list send help" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand mail; and not __fish_seen_subcommand_from list send help" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand mail; and not __fish_seen_subcommand_from list send help" -f -a "list" -d 'List the outbox: messages queued, sent, failed, or cancelled'
complete -c subs -n "__fish_subs_using_subcommand mail; and not __fish_seen_subcommand_from list send help" -f -a "send" -d 'Deliver the outbox over SMTP: every message not sent yet, oldest first'
complete -c subs -n "__fish_subs_using_subcommand mail; and not __fish_seen_subcommand_from list send help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand mail; and __fish_seen_subcommand_from list" -l status -d 'queued, sent, failed or cancelled' -r
complete -c subs -n "__fish_subs_using_subcommand mail; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand mail; and __fish_seen_subcommand_from list" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand mail; and __fish_seen_subcommand_from list" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand mail; and __fish_seen_subcommand_from list" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand mail; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand mail; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand mail; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand mail; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand mail; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand mail; and __fish_seen_subcommand_from send" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand mail; and __fish_seen_subcommand_from send" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand mail; and __fish_seen_subcommand_from send" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand mail; and __fish_seen_subcommand_from send" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand mail; and __fish_seen_subcommand_from send" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand mail; and __fish_seen_subcommand_from send" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand mail; and __fish_seen_subcommand_from send" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand mail; and __fish_seen_subcommand_from send" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand mail; and __fish_seen_subcommand_from send" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand mail; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the outbox: messages queued, sent, failed, or cancelled'
complete -c subs -n "__fish_subs_using_subcommand mail; and __fish_seen_subcommand_from help" -f -a "send" -d 'Deliver the outbox over SMTP: every message not sent yet, oldest first'
complete -c subs -n "__fish_subs_using_subcommand mail; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand bank; and not __fish_seen_subcommand_from import reconcile match list help" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand bank; and not __fish_seen_subcommand_from import reconcile match list help" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand bank; and not __fish_seen_subcommand_from import reconcile match list help" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand bank; and not __fish_seen_subcommand_from import reconcile match list help" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand bank; and not __fish_seen_subcommand_from import reconcile match list help" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand bank; and not __fish_seen_subcommand_from import reconcile match list help" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand bank; and not __fish_seen_subcommand_from import reconcile match list help" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand bank; and not __fish_seen_subcommand_from import reconcile match list help" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand bank; and not __fish_seen_subcommand_from import reconcile match list help" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand bank; and not __fish_seen_subcommand_from import reconcile match list help" -f -a "import" -d 'Import a bank statement: a CSV export with a column mapping, or ISO 20022 camt.053 XML'
complete -c subs -n "__fish_subs_using_subcommand bank; and not __fish_seen_subcommand_from import reconcile match list help" -f -a "reconcile" -d 'Reconcile bank lines with invoices'
complete -c subs -n "__fish_subs_using_subcommand bank; and not __fish_seen_subcommand_from import reconcile match list help" -f -a "match" -d 'Match a bank line to invoices by hand: records a transfer payment of the line\'s amount settling them in order'
complete -c subs -n "__fish_subs_using_subcommand bank; and not __fish_seen_subcommand_from import reconcile match list help" -f -a "list" -d 'List imported bank lines'
complete -c subs -n "__fish_subs_using_subcommand bank; and not __fish_seen_subcommand_from import reconcile match list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand bank; and __fish_seen_subcommand_from import" -l mapping -d 'Column mapping for CSV statements' -r -F
complete -c subs -n "__fish_subs_using_subcommand bank; and __fish_seen_subcommand_from import" -l statement-format -d 'Read the statement as this format [default: detected from the content]' -r -f -a "csv\t'A CSV export (read with --mapping, or the French layout)'
camt053\t'ISO 20022 camt.053 XML'"
complete -c subs -n "__fish_subs_using_subcommand bank; and __fish_seen_subcommand_from import" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand bank; and __fish_seen_subcommand_from import" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand bank; and __fish_seen_subcommand_from import" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand bank; and __fish_seen_subcommand_from import" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand bank; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand bank; and __fish_seen_subcommand_from import" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand bank; and __fish_seen_subcommand_from import" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand bank; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand bank; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand bank; and __fish_seen_subcommand_from reconcile" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand bank; and __fish_seen_subcommand_from reconcile" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand bank; and __fish_seen_subcommand_from reconcile" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand bank; and __fish_seen_subcommand_from reconcile" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand bank; and __fish_seen_subcommand_from reconcile" -l auto -d 'Match what the rules can match'
complete -c subs -n "__fish_subs_using_subcommand bank; and __fish_seen_subcommand_from reconcile" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand bank; and __fish_seen_subcommand_from reconcile" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand bank; and __fish_seen_subcommand_from reconcile" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand bank; and __fish_seen_subcommand_from reconcile" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand bank; and __fish_seen_subcommand_from reconcile" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand bank; and __fish_seen_subcommand_from match" -l invoice -d 'Invoice paid by this line (repeat for several)' -r
complete -c subs -n "__fish_subs_using_subcommand bank; and __fish_seen_subcommand_from match" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand bank; and __fish_seen_subcommand_from match" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand bank; and __fish_seen_subcommand_from match" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand bank; and __fish_seen_subcommand_from match" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand bank; and __fish_seen_subcommand_from match" -l allow-overpayment -d 'Keep what exceeds the invoices\' outstanding as customer credit'
complete -c subs -n "__fish_subs_using_subcommand bank; and __fish_seen_subcommand_from match" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand bank; and __fish_seen_subcommand_from match" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand bank; and __fish_seen_subcommand_from match" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand bank; and __fish_seen_subcommand_from match" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand bank; and __fish_seen_subcommand_from match" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand bank; and __fish_seen_subcommand_from list" -l status -d 'unmatched, matched or ignored' -r
complete -c subs -n "__fish_subs_using_subcommand bank; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand bank; and __fish_seen_subcommand_from list" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand bank; and __fish_seen_subcommand_from list" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand bank; and __fish_seen_subcommand_from list" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand bank; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand bank; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand bank; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand bank; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand bank; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand bank; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import a bank statement: a CSV export with a column mapping, or ISO 20022 camt.053 XML'
complete -c subs -n "__fish_subs_using_subcommand bank; and __fish_seen_subcommand_from help" -f -a "reconcile" -d 'Reconcile bank lines with invoices'
complete -c subs -n "__fish_subs_using_subcommand bank; and __fish_seen_subcommand_from help" -f -a "match" -d 'Match a bank line to invoices by hand: records a transfer payment of the line\'s amount settling them in order'
complete -c subs -n "__fish_subs_using_subcommand bank; and __fish_seen_subcommand_from help" -f -a "list" -d 'List imported bank lines'
complete -c subs -n "__fish_subs_using_subcommand bank; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand sepa; and not __fish_seen_subcommand_from export import debits help" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand sepa; and not __fish_seen_subcommand_from export import debits help" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand sepa; and not __fish_seen_subcommand_from export import debits help" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand sepa; and not __fish_seen_subcommand_from export import debits help" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand sepa; and not __fish_seen_subcommand_from export import debits help" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand sepa; and not __fish_seen_subcommand_from export import debits help" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand sepa; and not __fish_seen_subcommand_from export import debits help" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand sepa; and not __fish_seen_subcommand_from export import debits help" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand sepa; and not __fish_seen_subcommand_from export import debits help" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand sepa; and not __fish_seen_subcommand_from export import debits help" -f -a "export" -d 'Write a SEPA direct debit collection file (ISO 20022 pain.008.001.08) for the bank'
complete -c subs -n "__fish_subs_using_subcommand sepa; and not __fish_seen_subcommand_from export import debits help" -f -a "import" -d 'Read what the bank says of collected direct debits: rejects in a payment status report (pain.002.001.03 or .10) and returns in a notification (camt.054.001.02 or .08) or a statement (camt.053.001.02 or .08, entries with `RtrInf`)'
complete -c subs -n "__fish_subs_using_subcommand sepa; and not __fish_seen_subcommand_from export import debits help" -f -a "debits" -d 'List the direct debits put in collection files, oldest first, with what the bank said of each: `exported` (no news), `rejected` (pain.002) or `returned` (camt.054/053), the reason code and the day it was reported'
complete -c subs -n "__fish_subs_using_subcommand sepa; and not __fish_seen_subcommand_from export import debits help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand sepa; and __fish_seen_subcommand_from export" -l collection-date -d 'Day the debits are collected; invoices due by then are taken [default: today]' -r
complete -c subs -n "__fish_subs_using_subcommand sepa; and __fish_seen_subcommand_from export" -l out -d 'File to write [default: MSGID.xml in the current directory]' -r -F
complete -c subs -n "__fish_subs_using_subcommand sepa; and __fish_seen_subcommand_from export" -l sequence -d 'FRST, RCUR, OOFF or FNAL for every debit [default: FRST for a new mandate, else RCUR]' -r
complete -c subs -n "__fish_subs_using_subcommand sepa; and __fish_seen_subcommand_from export" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand sepa; and __fish_seen_subcommand_from export" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand sepa; and __fish_seen_subcommand_from export" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand sepa; and __fish_seen_subcommand_from export" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand sepa; and __fish_seen_subcommand_from export" -l again -d 'Export again invoices already in an earlier file and still owed'
complete -c subs -n "__fish_subs_using_subcommand sepa; and __fish_seen_subcommand_from export" -l force -d 'Replace the file if it exists'
complete -c subs -n "__fish_subs_using_subcommand sepa; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand sepa; and __fish_seen_subcommand_from export" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand sepa; and __fish_seen_subcommand_from export" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand sepa; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand sepa; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand sepa; and __fish_seen_subcommand_from import" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand sepa; and __fish_seen_subcommand_from import" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand sepa; and __fish_seen_subcommand_from import" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand sepa; and __fish_seen_subcommand_from import" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand sepa; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand sepa; and __fish_seen_subcommand_from import" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand sepa; and __fish_seen_subcommand_from import" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand sepa; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand sepa; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand sepa; and __fish_seen_subcommand_from debits" -l status -d 'Only debits in this state: exported, rejected or returned' -r
complete -c subs -n "__fish_subs_using_subcommand sepa; and __fish_seen_subcommand_from debits" -l customer -d 'Only this customer\'s debits' -r
complete -c subs -n "__fish_subs_using_subcommand sepa; and __fish_seen_subcommand_from debits" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand sepa; and __fish_seen_subcommand_from debits" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand sepa; and __fish_seen_subcommand_from debits" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand sepa; and __fish_seen_subcommand_from debits" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand sepa; and __fish_seen_subcommand_from debits" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand sepa; and __fish_seen_subcommand_from debits" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand sepa; and __fish_seen_subcommand_from debits" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand sepa; and __fish_seen_subcommand_from debits" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand sepa; and __fish_seen_subcommand_from debits" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand sepa; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write a SEPA direct debit collection file (ISO 20022 pain.008.001.08) for the bank'
complete -c subs -n "__fish_subs_using_subcommand sepa; and __fish_seen_subcommand_from help" -f -a "import" -d 'Read what the bank says of collected direct debits: rejects in a payment status report (pain.002.001.03 or .10) and returns in a notification (camt.054.001.02 or .08) or a statement (camt.053.001.02 or .08, entries with `RtrInf`)'
complete -c subs -n "__fish_subs_using_subcommand sepa; and __fish_seen_subcommand_from help" -f -a "debits" -d 'List the direct debits put in collection files, oldest first, with what the bank said of each: `exported` (no news), `rejected` (pain.002) or `returned` (camt.054/053), the reason code and the day it was reported'
complete -c subs -n "__fish_subs_using_subcommand sepa; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand bill; and not __fish_seen_subcommand_from add import list show pay help" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand bill; and not __fish_seen_subcommand_from add import list show pay help" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand bill; and not __fish_seen_subcommand_from add import list show pay help" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand bill; and not __fish_seen_subcommand_from add import list show pay help" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand bill; and not __fish_seen_subcommand_from add import list show pay help" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand bill; and not __fish_seen_subcommand_from add import list show pay help" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand bill; and not __fish_seen_subcommand_from add import list show pay help" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand bill; and not __fish_seen_subcommand_from add import list show pay help" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand bill; and not __fish_seen_subcommand_from add import list show pay help" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand bill; and not __fish_seen_subcommand_from add import list show pay help" -f -a "add" -d 'Record a supplier bill: rent, energy, cleaning, anything the company owes'
complete -c subs -n "__fish_subs_using_subcommand bill; and not __fish_seen_subcommand_from add import list show pay help" -f -a "import" -d 'Import a supplier\'s e-invoice as a supplier bill'
complete -c subs -n "__fish_subs_using_subcommand bill; and not __fish_seen_subcommand_from add import list show pay help" -f -a "list" -d 'List supplier bills by date'
complete -c subs -n "__fish_subs_using_subcommand bill; and not __fish_seen_subcommand_from add import list show pay help" -f -a "show" -d 'Show one supplier bill with its lines and VAT'
complete -c subs -n "__fish_subs_using_subcommand bill; and not __fish_seen_subcommand_from add import list show pay help" -f -a "pay" -d 'Mark a supplier bill paid'
complete -c subs -n "__fish_subs_using_subcommand bill; and not __fish_seen_subcommand_from add import list show pay help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand bill; and __fish_seen_subcommand_from add" -l supplier -d 'Who sent the bill' -r
complete -c subs -n "__fish_subs_using_subcommand bill; and __fish_seen_subcommand_from add" -l date -d 'The bill\'s date [default: today]' -r
complete -c subs -n "__fish_subs_using_subcommand bill; and __fish_seen_subcommand_from add" -l due -d 'When it must be paid [default: the bill\'s date]' -r
complete -c subs -n "__fish_subs_using_subcommand bill; and __fish_seen_subcommand_from add" -l line -d 'A line of the bill (repeat the flag)' -r
complete -c subs -n "__fish_subs_using_subcommand bill; and __fish_seen_subcommand_from add" -l reference -d 'The supplier\'s number for the bill' -r
complete -c subs -n "__fish_subs_using_subcommand bill; and __fish_seen_subcommand_from add" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand bill; and __fish_seen_subcommand_from add" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand bill; and __fish_seen_subcommand_from add" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand bill; and __fish_seen_subcommand_from add" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand bill; and __fish_seen_subcommand_from add" -l paid -d 'Already paid (on the bill\'s date)'
complete -c subs -n "__fish_subs_using_subcommand bill; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand bill; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand bill; and __fish_seen_subcommand_from add" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand bill; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand bill; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand bill; and __fish_seen_subcommand_from import" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand bill; and __fish_seen_subcommand_from import" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand bill; and __fish_seen_subcommand_from import" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand bill; and __fish_seen_subcommand_from import" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand bill; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand bill; and __fish_seen_subcommand_from import" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand bill; and __fish_seen_subcommand_from import" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand bill; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand bill; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand bill; and __fish_seen_subcommand_from list" -l supplier -d 'Only this supplier\'s bills' -r
complete -c subs -n "__fish_subs_using_subcommand bill; and __fish_seen_subcommand_from list" -l status -d 'unpaid, paid or overdue (unpaid past its due date)' -r
complete -c subs -n "__fish_subs_using_subcommand bill; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand bill; and __fish_seen_subcommand_from list" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand bill; and __fish_seen_subcommand_from list" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand bill; and __fish_seen_subcommand_from list" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand bill; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand bill; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand bill; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand bill; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand bill; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand bill; and __fish_seen_subcommand_from show" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand bill; and __fish_seen_subcommand_from show" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand bill; and __fish_seen_subcommand_from show" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand bill; and __fish_seen_subcommand_from show" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand bill; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand bill; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand bill; and __fish_seen_subcommand_from show" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand bill; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand bill; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand bill; and __fish_seen_subcommand_from pay" -l on -d 'The day it was paid [default: today]' -r
complete -c subs -n "__fish_subs_using_subcommand bill; and __fish_seen_subcommand_from pay" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand bill; and __fish_seen_subcommand_from pay" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand bill; and __fish_seen_subcommand_from pay" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand bill; and __fish_seen_subcommand_from pay" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand bill; and __fish_seen_subcommand_from pay" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand bill; and __fish_seen_subcommand_from pay" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand bill; and __fish_seen_subcommand_from pay" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand bill; and __fish_seen_subcommand_from pay" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand bill; and __fish_seen_subcommand_from pay" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand bill; and __fish_seen_subcommand_from help" -f -a "add" -d 'Record a supplier bill: rent, energy, cleaning, anything the company owes'
complete -c subs -n "__fish_subs_using_subcommand bill; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import a supplier\'s e-invoice as a supplier bill'
complete -c subs -n "__fish_subs_using_subcommand bill; and __fish_seen_subcommand_from help" -f -a "list" -d 'List supplier bills by date'
complete -c subs -n "__fish_subs_using_subcommand bill; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one supplier bill with its lines and VAT'
complete -c subs -n "__fish_subs_using_subcommand bill; and __fish_seen_subcommand_from help" -f -a "pay" -d 'Mark a supplier bill paid'
complete -c subs -n "__fish_subs_using_subcommand bill; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand repeat; and not __fish_seen_subcommand_from add list show stop start help" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand repeat; and not __fish_seen_subcommand_from add list show stop start help" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand repeat; and not __fish_seen_subcommand_from add list show stop start help" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand repeat; and not __fish_seen_subcommand_from add list show stop start help" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand repeat; and not __fish_seen_subcommand_from add list show stop start help" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand repeat; and not __fish_seen_subcommand_from add list show stop start help" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand repeat; and not __fish_seen_subcommand_from add list show stop start help" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand repeat; and not __fish_seen_subcommand_from add list show stop start help" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand repeat; and not __fish_seen_subcommand_from add list show stop start help" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand repeat; and not __fish_seen_subcommand_from add list show stop start help" -f -a "add" -d 'Copy a document on a schedule: a one-off invoice, a sales order or a supplier bill'
complete -c subs -n "__fish_subs_using_subcommand repeat; and not __fish_seen_subcommand_from add list show stop start help" -f -a "list" -d 'List repeats'
complete -c subs -n "__fish_subs_using_subcommand repeat; and not __fish_seen_subcommand_from add list show stop start help" -f -a "show" -d 'Show a repeat with the documents it created'
complete -c subs -n "__fish_subs_using_subcommand repeat; and not __fish_seen_subcommand_from add list show stop start help" -f -a "stop" -d 'Stop a repeat: `tick` creates nothing more for it until `repeat start`'
complete -c subs -n "__fish_subs_using_subcommand repeat; and not __fish_seen_subcommand_from add list show stop start help" -f -a "start" -d 'Resume a stopped repeat from its first schedule date on or after --from'
complete -c subs -n "__fish_subs_using_subcommand repeat; and not __fish_seen_subcommand_from add list show stop start help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand repeat; and __fish_seen_subcommand_from add" -l source -d 'What to copy: invoice:NUMBER, order:ID or bill:ID' -r
complete -c subs -n "__fish_subs_using_subcommand repeat; and __fish_seen_subcommand_from add" -l frequency -d 'How often a copy is made' -r -f -a "daily\t''
weekly\t''
monthly\t''
quarterly\t''
half-yearly\t''
yearly\t''"
complete -c subs -n "__fish_subs_using_subcommand repeat; and __fish_seen_subcommand_from add" -l start -d 'The first date of the schedule [default: the source\'s own date]' -r
complete -c subs -n "__fish_subs_using_subcommand repeat; and __fish_seen_subcommand_from add" -l end -d 'The last day a copy may be dated (inclusive)' -r
complete -c subs -n "__fish_subs_using_subcommand repeat; and __fish_seen_subcommand_from add" -l day -d 'Day of the month (1-31, clamped to short months), for monthly and longer' -r
complete -c subs -n "__fish_subs_using_subcommand repeat; and __fish_seen_subcommand_from add" -l notify -d 'Tell this address about each copy (repeat the flag)' -r
complete -c subs -n "__fish_subs_using_subcommand repeat; and __fish_seen_subcommand_from add" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand repeat; and __fish_seen_subcommand_from add" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand repeat; and __fish_seen_subcommand_from add" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand repeat; and __fish_seen_subcommand_from add" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand repeat; and __fish_seen_subcommand_from add" -l last-day -d 'The last day of each month, for monthly and longer'
complete -c subs -n "__fish_subs_using_subcommand repeat; and __fish_seen_subcommand_from add" -l issue -d 'Issue the copies of invoices (else drafts) and make order copies to invoice'
complete -c subs -n "__fish_subs_using_subcommand repeat; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand repeat; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand repeat; and __fish_seen_subcommand_from add" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand repeat; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand repeat; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand repeat; and __fish_seen_subcommand_from list" -l status -d 'active, stopped or completed' -r
complete -c subs -n "__fish_subs_using_subcommand repeat; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand repeat; and __fish_seen_subcommand_from list" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand repeat; and __fish_seen_subcommand_from list" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand repeat; and __fish_seen_subcommand_from list" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand repeat; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand repeat; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand repeat; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand repeat; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand repeat; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand repeat; and __fish_seen_subcommand_from show" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand repeat; and __fish_seen_subcommand_from show" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand repeat; and __fish_seen_subcommand_from show" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand repeat; and __fish_seen_subcommand_from show" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand repeat; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand repeat; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand repeat; and __fish_seen_subcommand_from show" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand repeat; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand repeat; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand repeat; and __fish_seen_subcommand_from stop" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand repeat; and __fish_seen_subcommand_from stop" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand repeat; and __fish_seen_subcommand_from stop" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand repeat; and __fish_seen_subcommand_from stop" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand repeat; and __fish_seen_subcommand_from stop" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand repeat; and __fish_seen_subcommand_from stop" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand repeat; and __fish_seen_subcommand_from stop" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand repeat; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand repeat; and __fish_seen_subcommand_from stop" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand repeat; and __fish_seen_subcommand_from start" -l from -d 'Resume from this day [default: today]' -r
complete -c subs -n "__fish_subs_using_subcommand repeat; and __fish_seen_subcommand_from start" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand repeat; and __fish_seen_subcommand_from start" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand repeat; and __fish_seen_subcommand_from start" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand repeat; and __fish_seen_subcommand_from start" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand repeat; and __fish_seen_subcommand_from start" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand repeat; and __fish_seen_subcommand_from start" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand repeat; and __fish_seen_subcommand_from start" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand repeat; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand repeat; and __fish_seen_subcommand_from start" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand repeat; and __fish_seen_subcommand_from help" -f -a "add" -d 'Copy a document on a schedule: a one-off invoice, a sales order or a supplier bill'
complete -c subs -n "__fish_subs_using_subcommand repeat; and __fish_seen_subcommand_from help" -f -a "list" -d 'List repeats'
complete -c subs -n "__fish_subs_using_subcommand repeat; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a repeat with the documents it created'
complete -c subs -n "__fish_subs_using_subcommand repeat; and __fish_seen_subcommand_from help" -f -a "stop" -d 'Stop a repeat: `tick` creates nothing more for it until `repeat start`'
complete -c subs -n "__fish_subs_using_subcommand repeat; and __fish_seen_subcommand_from help" -f -a "start" -d 'Resume a stopped repeat from its first schedule date on or after --from'
complete -c subs -n "__fish_subs_using_subcommand repeat; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand contract; and not __fish_seen_subcommand_from add list show sign term help" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand contract; and not __fish_seen_subcommand_from add list show sign term help" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand contract; and not __fish_seen_subcommand_from add list show sign term help" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand contract; and not __fish_seen_subcommand_from add list show sign term help" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand contract; and not __fish_seen_subcommand_from add list show sign term help" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand contract; and not __fish_seen_subcommand_from add list show sign term help" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand contract; and not __fish_seen_subcommand_from add list show sign term help" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand contract; and not __fish_seen_subcommand_from add list show sign term help" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand contract; and not __fish_seen_subcommand_from add list show sign term help" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand contract; and not __fish_seen_subcommand_from add list show sign term help" -f -a "add" -d 'Record a contract: a customer\'s commitment from --start through --end'
complete -c subs -n "__fish_subs_using_subcommand contract; and not __fish_seen_subcommand_from add list show sign term help" -f -a "list" -d 'List contracts'
complete -c subs -n "__fish_subs_using_subcommand contract; and not __fish_seen_subcommand_from add list show sign term help" -f -a "show" -d 'Show a contract with its text and fulfilment terms'
complete -c subs -n "__fish_subs_using_subcommand contract; and not __fish_seen_subcommand_from add list show sign term help" -f -a "sign" -d 'Record that a contract was signed; its status follows at once'
complete -c subs -n "__fish_subs_using_subcommand contract; and not __fish_seen_subcommand_from add list show sign term help" -f -a "term" -d 'Fulfilment terms: what the contract commits to, ticked off when done'
complete -c subs -n "__fish_subs_using_subcommand contract; and not __fish_seen_subcommand_from add list show sign term help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand contract; and __fish_seen_subcommand_from add" -l customer -d 'The customer committed by the contract' -r
complete -c subs -n "__fish_subs_using_subcommand contract; and __fish_seen_subcommand_from add" -l subscription -d 'A subscription of the customer the contract commits (repeat the flag)' -r
complete -c subs -n "__fish_subs_using_subcommand contract; and __fish_seen_subcommand_from add" -l start -d 'First day of the commitment' -r
complete -c subs -n "__fish_subs_using_subcommand contract; and __fish_seen_subcommand_from add" -l end -d 'Last day of the commitment (inclusive)' -r
complete -c subs -n "__fish_subs_using_subcommand contract; and __fish_seen_subcommand_from add" -l signed-on -d 'The day it was signed (not in the future)' -r
complete -c subs -n "__fish_subs_using_subcommand contract; and __fish_seen_subcommand_from add" -l terms-file -d 'The contract\'s text, from a UTF-8 file (`-` reads standard input)' -r -F
complete -c subs -n "__fish_subs_using_subcommand contract; and __fish_seen_subcommand_from add" -l term -d 'A fulfilment term to track (repeat the flag)' -r
complete -c subs -n "__fish_subs_using_subcommand contract; and __fish_seen_subcommand_from add" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand contract; and __fish_seen_subcommand_from add" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand contract; and __fish_seen_subcommand_from add" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand contract; and __fish_seen_subcommand_from add" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand contract; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand contract; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand contract; and __fish_seen_subcommand_from add" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand contract; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand contract; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand contract; and __fish_seen_subcommand_from list" -l customer -d 'Only this customer\'s contracts' -r
complete -c subs -n "__fish_subs_using_subcommand contract; and __fish_seen_subcommand_from list" -l status -d 'unsigned, active or inactive' -r
complete -c subs -n "__fish_subs_using_subcommand contract; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand contract; and __fish_seen_subcommand_from list" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand contract; and __fish_seen_subcommand_from list" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand contract; and __fish_seen_subcommand_from list" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand contract; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand contract; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand contract; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand contract; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand contract; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand contract; and __fish_seen_subcommand_from show" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand contract; and __fish_seen_subcommand_from show" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand contract; and __fish_seen_subcommand_from show" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand contract; and __fish_seen_subcommand_from show" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand contract; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand contract; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand contract; and __fish_seen_subcommand_from show" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand contract; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand contract; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand contract; and __fish_seen_subcommand_from sign" -l on -d 'The day it was signed [default: today]' -r
complete -c subs -n "__fish_subs_using_subcommand contract; and __fish_seen_subcommand_from sign" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand contract; and __fish_seen_subcommand_from sign" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand contract; and __fish_seen_subcommand_from sign" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand contract; and __fish_seen_subcommand_from sign" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand contract; and __fish_seen_subcommand_from sign" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand contract; and __fish_seen_subcommand_from sign" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand contract; and __fish_seen_subcommand_from sign" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand contract; and __fish_seen_subcommand_from sign" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand contract; and __fish_seen_subcommand_from sign" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand contract; and __fish_seen_subcommand_from term" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand contract; and __fish_seen_subcommand_from term" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand contract; and __fish_seen_subcommand_from term" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand contract; and __fish_seen_subcommand_from term" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand contract; and __fish_seen_subcommand_from term" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand contract; and __fish_seen_subcommand_from term" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand contract; and __fish_seen_subcommand_from term" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand contract; and __fish_seen_subcommand_from term" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand contract; and __fish_seen_subcommand_from term" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand contract; and __fish_seen_subcommand_from term" -f -a "add" -d 'Add a fulfilment term to a contract; prints its number (1, 2, …)'
complete -c subs -n "__fish_subs_using_subcommand contract; and __fish_seen_subcommand_from term" -f -a "done" -d 'Mark a fulfilment term of a contract done'
complete -c subs -n "__fish_subs_using_subcommand contract; and __fish_seen_subcommand_from term" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand contract; and __fish_seen_subcommand_from help" -f -a "add" -d 'Record a contract: a customer\'s commitment from --start through --end'
complete -c subs -n "__fish_subs_using_subcommand contract; and __fish_seen_subcommand_from help" -f -a "list" -d 'List contracts'
complete -c subs -n "__fish_subs_using_subcommand contract; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a contract with its text and fulfilment terms'
complete -c subs -n "__fish_subs_using_subcommand contract; and __fish_seen_subcommand_from help" -f -a "sign" -d 'Record that a contract was signed; its status follows at once'
complete -c subs -n "__fish_subs_using_subcommand contract; and __fish_seen_subcommand_from help" -f -a "term" -d 'Fulfilment terms: what the contract commits to, ticked off when done'
complete -c subs -n "__fish_subs_using_subcommand contract; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand catalog; and not __fish_seen_subcommand_from export help" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand catalog; and not __fish_seen_subcommand_from export help" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand catalog; and not __fish_seen_subcommand_from export help" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand catalog; and not __fish_seen_subcommand_from export help" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand catalog; and not __fish_seen_subcommand_from export help" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand catalog; and not __fish_seen_subcommand_from export help" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand catalog; and not __fish_seen_subcommand_from export help" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand catalog; and not __fish_seen_subcommand_from export help" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand catalog; and not __fish_seen_subcommand_from export help" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand catalog; and not __fish_seen_subcommand_from export help" -f -a "export" -d 'Write the website catalogue: catalog.json and a standalone index.html'
complete -c subs -n "__fish_subs_using_subcommand catalog; and not __fish_seen_subcommand_from export help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand catalog; and __fish_seen_subcommand_from export" -l out -d 'Directory to write into (created if needed)' -r -F
complete -c subs -n "__fish_subs_using_subcommand catalog; and __fish_seen_subcommand_from export" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand catalog; and __fish_seen_subcommand_from export" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand catalog; and __fish_seen_subcommand_from export" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand catalog; and __fish_seen_subcommand_from export" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand catalog; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand catalog; and __fish_seen_subcommand_from export" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand catalog; and __fish_seen_subcommand_from export" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand catalog; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand catalog; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand catalog; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write the website catalogue: catalog.json and a standalone index.html'
complete -c subs -n "__fish_subs_using_subcommand catalog; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand credits; and not __fish_seen_subcommand_from type grant use revoke balance lots ledger help" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand credits; and not __fish_seen_subcommand_from type grant use revoke balance lots ledger help" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand credits; and not __fish_seen_subcommand_from type grant use revoke balance lots ledger help" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand credits; and not __fish_seen_subcommand_from type grant use revoke balance lots ledger help" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand credits; and not __fish_seen_subcommand_from type grant use revoke balance lots ledger help" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand credits; and not __fish_seen_subcommand_from type grant use revoke balance lots ledger help" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand credits; and not __fish_seen_subcommand_from type grant use revoke balance lots ledger help" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand credits; and not __fish_seen_subcommand_from type grant use revoke balance lots ledger help" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand credits; and not __fish_seen_subcommand_from type grant use revoke balance lots ledger help" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand credits; and not __fish_seen_subcommand_from type grant use revoke balance lots ledger help" -f -a "type" -d 'Credit types: units, how they are sold, validity, cost table'
complete -c subs -n "__fish_subs_using_subcommand credits; and not __fish_seen_subcommand_from type grant use revoke balance lots ledger help" -f -a "grant" -d 'Grant credits by hand: a new lot for the customer, usable from today'
complete -c subs -n "__fish_subs_using_subcommand credits; and not __fish_seen_subcommand_from type grant use revoke balance lots ledger help" -f -a "use" -d 'Spend credits by hand (a visit, a print job…)'
complete -c subs -n "__fish_subs_using_subcommand credits; and not __fish_seen_subcommand_from type grant use revoke balance lots ledger help" -f -a "revoke" -d 'Take credits back by hand, from the lots in the order a use spends them'
complete -c subs -n "__fish_subs_using_subcommand credits; and not __fish_seen_subcommand_from type grant use revoke balance lots ledger help" -f -a "balance" -d 'Credits usable per customer and type, with the next expiry date'
complete -c subs -n "__fish_subs_using_subcommand credits; and not __fish_seen_subcommand_from type grant use revoke balance lots ledger help" -f -a "lots" -d 'Every lot of credits: where it came from, what is left, from when and until when'
complete -c subs -n "__fish_subs_using_subcommand credits; and not __fish_seen_subcommand_from type grant use revoke balance lots ledger help" -f -a "ledger" -d 'Every movement of credits, signed, with its lot and what caused it'
complete -c subs -n "__fish_subs_using_subcommand credits; and not __fish_seen_subcommand_from type grant use revoke balance lots ledger help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from type" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from type" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from type" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from type" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from type" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from type" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from type" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from type" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from type" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from type" -f -a "add" -d 'Define a credit type: what one credit is called, how it is sold, how long its lots last, and what it pays for'
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from type" -f -a "list" -d 'List credit types with how they are sold and their cost tables'
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from type" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from grant" -l expires -d 'Last day the credits can be spent' -r
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from grant" -l reason -d 'Why, for the ledger' -r
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from grant" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from grant" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from grant" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from grant" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from grant" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from grant" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from grant" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from grant" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from grant" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from use" -l reason -d 'What for, for the ledger' -r
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from use" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from use" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from use" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from use" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from use" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from use" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from use" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from use" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from revoke" -l reason -d 'Why, for the ledger' -r
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from revoke" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from revoke" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from revoke" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from revoke" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from revoke" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from revoke" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from balance" -l at -d 'The day the credits are to be spent [default: today]' -r
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from balance" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from balance" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from balance" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from balance" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from balance" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from balance" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from balance" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from balance" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from balance" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from lots" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from lots" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from lots" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from lots" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from lots" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from lots" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from lots" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from lots" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from lots" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from ledger" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from ledger" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from ledger" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from ledger" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from ledger" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from ledger" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from ledger" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from ledger" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from ledger" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from help" -f -a "type" -d 'Credit types: units, how they are sold, validity, cost table'
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from help" -f -a "grant" -d 'Grant credits by hand: a new lot for the customer, usable from today'
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from help" -f -a "use" -d 'Spend credits by hand (a visit, a print job…)'
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Take credits back by hand, from the lots in the order a use spends them'
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from help" -f -a "balance" -d 'Credits usable per customer and type, with the next expiry date'
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from help" -f -a "lots" -d 'Every lot of credits: where it came from, what is left, from when and until when'
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from help" -f -a "ledger" -d 'Every movement of credits, signed, with its lot and what caused it'
complete -c subs -n "__fish_subs_using_subcommand credits; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand location; and not __fish_seen_subcommand_from add capacity list help" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand location; and not __fish_seen_subcommand_from add capacity list help" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand location; and not __fish_seen_subcommand_from add capacity list help" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand location; and not __fish_seen_subcommand_from add capacity list help" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand location; and not __fish_seen_subcommand_from add capacity list help" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand location; and not __fish_seen_subcommand_from add capacity list help" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand location; and not __fish_seen_subcommand_from add capacity list help" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand location; and not __fish_seen_subcommand_from add capacity list help" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand location; and not __fish_seen_subcommand_from add capacity list help" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand location; and not __fish_seen_subcommand_from add capacity list help" -f -a "add" -d 'Add a location (a site)'
complete -c subs -n "__fish_subs_using_subcommand location; and not __fish_seen_subcommand_from add capacity list help" -f -a "capacity" -d 'Set how many units of a bookable item a location holds (10 desks, 1 meeting room)'
complete -c subs -n "__fish_subs_using_subcommand location; and not __fish_seen_subcommand_from add capacity list help" -f -a "list" -d 'List locations, one row per bookable item they hold'
complete -c subs -n "__fish_subs_using_subcommand location; and not __fish_seen_subcommand_from add capacity list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand location; and __fish_seen_subcommand_from add" -l name -d 'Name shown on booking invoices [default: the code]' -r
complete -c subs -n "__fish_subs_using_subcommand location; and __fish_seen_subcommand_from add" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand location; and __fish_seen_subcommand_from add" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand location; and __fish_seen_subcommand_from add" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand location; and __fish_seen_subcommand_from add" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand location; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand location; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand location; and __fish_seen_subcommand_from add" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand location; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand location; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand location; and __fish_seen_subcommand_from capacity" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand location; and __fish_seen_subcommand_from capacity" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand location; and __fish_seen_subcommand_from capacity" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand location; and __fish_seen_subcommand_from capacity" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand location; and __fish_seen_subcommand_from capacity" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand location; and __fish_seen_subcommand_from capacity" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand location; and __fish_seen_subcommand_from capacity" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand location; and __fish_seen_subcommand_from capacity" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand location; and __fish_seen_subcommand_from capacity" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand location; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand location; and __fish_seen_subcommand_from list" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand location; and __fish_seen_subcommand_from list" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand location; and __fish_seen_subcommand_from list" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand location; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand location; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand location; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand location; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand location; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand location; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a location (a site)'
complete -c subs -n "__fish_subs_using_subcommand location; and __fish_seen_subcommand_from help" -f -a "capacity" -d 'Set how many units of a bookable item a location holds (10 desks, 1 meeting room)'
complete -c subs -n "__fish_subs_using_subcommand location; and __fish_seen_subcommand_from help" -f -a "list" -d 'List locations, one row per bookable item they hold'
complete -c subs -n "__fish_subs_using_subcommand location; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand booking; and not __fish_seen_subcommand_from add list show cancel help" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand booking; and not __fish_seen_subcommand_from add list show cancel help" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand booking; and not __fish_seen_subcommand_from add list show cancel help" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand booking; and not __fish_seen_subcommand_from add list show cancel help" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand booking; and not __fish_seen_subcommand_from add list show cancel help" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand booking; and not __fish_seen_subcommand_from add list show cancel help" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand booking; and not __fish_seen_subcommand_from add list show cancel help" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand booking; and not __fish_seen_subcommand_from add list show cancel help" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand booking; and not __fish_seen_subcommand_from add list show cancel help" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand booking; and not __fish_seen_subcommand_from add list show cancel help" -f -a "add" -d 'Book one unit of an item at a location over [--from, --to)'
complete -c subs -n "__fish_subs_using_subcommand booking; and not __fish_seen_subcommand_from add list show cancel help" -f -a "list" -d 'List bookings by start time, cancelled ones included'
complete -c subs -n "__fish_subs_using_subcommand booking; and not __fish_seen_subcommand_from add list show cancel help" -f -a "show" -d 'Show one booking'
complete -c subs -n "__fish_subs_using_subcommand booking; and not __fish_seen_subcommand_from add list show cancel help" -f -a "cancel" -d 'Cancel a booking: its unit is free again at once'
complete -c subs -n "__fish_subs_using_subcommand booking; and not __fish_seen_subcommand_from add list show cancel help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand booking; and __fish_seen_subcommand_from add" -l customer -d 'The customer booking' -r
complete -c subs -n "__fish_subs_using_subcommand booking; and __fish_seen_subcommand_from add" -l item -d 'The item booked (a desk, a room)' -r
complete -c subs -n "__fish_subs_using_subcommand booking; and __fish_seen_subcommand_from add" -l location -d 'Where' -r
complete -c subs -n "__fish_subs_using_subcommand booking; and __fish_seen_subcommand_from add" -l from -d 'First instant held (local time)' -r
complete -c subs -n "__fish_subs_using_subcommand booking; and __fish_seen_subcommand_from add" -l to -d 'Instant the unit is free again (local time)' -r
complete -c subs -n "__fish_subs_using_subcommand booking; and __fish_seen_subcommand_from add" -l uom -d 'Booking unit [default: the item\'s first booking unit, else its unit]' -r
complete -c subs -n "__fish_subs_using_subcommand booking; and __fish_seen_subcommand_from add" -l pay -d 'credits or invoice [default: credits when a credit type prices it]' -r -f -a "credits\t''
invoice\t''"
complete -c subs -n "__fish_subs_using_subcommand booking; and __fish_seen_subcommand_from add" -l type -d 'The credit type to pay with, when several price the item' -r
complete -c subs -n "__fish_subs_using_subcommand booking; and __fish_seen_subcommand_from add" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand booking; and __fish_seen_subcommand_from add" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand booking; and __fish_seen_subcommand_from add" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand booking; and __fish_seen_subcommand_from add" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand booking; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand booking; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand booking; and __fish_seen_subcommand_from add" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand booking; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand booking; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand booking; and __fish_seen_subcommand_from list" -l customer -d 'Only this customer\'s bookings' -r
complete -c subs -n "__fish_subs_using_subcommand booking; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand booking; and __fish_seen_subcommand_from list" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand booking; and __fish_seen_subcommand_from list" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand booking; and __fish_seen_subcommand_from list" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand booking; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand booking; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand booking; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand booking; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand booking; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand booking; and __fish_seen_subcommand_from show" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand booking; and __fish_seen_subcommand_from show" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand booking; and __fish_seen_subcommand_from show" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand booking; and __fish_seen_subcommand_from show" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand booking; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand booking; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand booking; and __fish_seen_subcommand_from show" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand booking; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand booking; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand booking; and __fish_seen_subcommand_from cancel" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand booking; and __fish_seen_subcommand_from cancel" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand booking; and __fish_seen_subcommand_from cancel" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand booking; and __fish_seen_subcommand_from cancel" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand booking; and __fish_seen_subcommand_from cancel" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand booking; and __fish_seen_subcommand_from cancel" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand booking; and __fish_seen_subcommand_from cancel" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand booking; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand booking; and __fish_seen_subcommand_from cancel" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand booking; and __fish_seen_subcommand_from help" -f -a "add" -d 'Book one unit of an item at a location over [--from, --to)'
complete -c subs -n "__fish_subs_using_subcommand booking; and __fish_seen_subcommand_from help" -f -a "list" -d 'List bookings by start time, cancelled ones included'
complete -c subs -n "__fish_subs_using_subcommand booking; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one booking'
complete -c subs -n "__fish_subs_using_subcommand booking; and __fish_seen_subcommand_from help" -f -a "cancel" -d 'Cancel a booking: its unit is free again at once'
complete -c subs -n "__fish_subs_using_subcommand booking; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand availability" -l location -d 'The location holding it' -r
complete -c subs -n "__fish_subs_using_subcommand availability" -l from -d 'Start of the window (local time; a bare date is 00:00)' -r
complete -c subs -n "__fish_subs_using_subcommand availability" -l to -d 'End of the window, excluded (local time; a bare date is 00:00)' -r
complete -c subs -n "__fish_subs_using_subcommand availability" -l slot -d 'Show slots of this length instead of days: 30m, 1h, 2h30m, 1d' -r
complete -c subs -n "__fish_subs_using_subcommand availability" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand availability" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand availability" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand availability" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand availability" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand availability" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand availability" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand availability" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand availability" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand usage; and not __fish_seen_subcommand_from add list import remove help" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand usage; and not __fish_seen_subcommand_from add list import remove help" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand usage; and not __fish_seen_subcommand_from add list import remove help" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand usage; and not __fish_seen_subcommand_from add list import remove help" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand usage; and not __fish_seen_subcommand_from add list import remove help" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand usage; and not __fish_seen_subcommand_from add list import remove help" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand usage; and not __fish_seen_subcommand_from add list import remove help" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand usage; and not __fish_seen_subcommand_from add list import remove help" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand usage; and not __fish_seen_subcommand_from add list import remove help" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand usage; and not __fish_seen_subcommand_from add list import remove help" -f -a "add" -d 'Record what a subscription used (pages printed, room hours), to be billed in arrears'
complete -c subs -n "__fish_subs_using_subcommand usage; and not __fish_seen_subcommand_from add list import remove help" -f -a "list" -d 'List recorded usage by day, with the invoice that billed each'
complete -c subs -n "__fish_subs_using_subcommand usage; and not __fish_seen_subcommand_from add list import remove help" -f -a "import" -d 'Import usage from CSV, all or nothing'
complete -c subs -n "__fish_subs_using_subcommand usage; and not __fish_seen_subcommand_from add list import remove help" -f -a "remove" -d 'Remove a usage recorded by mistake, before an invoice bills it'
complete -c subs -n "__fish_subs_using_subcommand usage; and not __fish_seen_subcommand_from add list import remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from add" -l subscription -d 'The subscription that used it (SUB-0001)' -r
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from add" -l item -d 'The item used (priced from the price list)' -r
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from add" -l qty -d 'How much, in the item\'s unit (up to three decimals, more than zero)' -r
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from add" -l on -d 'The day it was used [default: today]' -r
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from add" -l reference -d 'Your own id for it: recorded once, a second time is skipped' -r
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from add" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from add" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from add" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from add" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from add" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from list" -l subscription -d 'Only this subscription\'s usage' -r
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from list" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from list" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from list" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from list" -l unbilled -d 'Only usage no invoice has billed yet'
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from import" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from import" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from import" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from import" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from import" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from import" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from remove" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from remove" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from remove" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from remove" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from remove" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from help" -f -a "add" -d 'Record what a subscription used (pages printed, room hours), to be billed in arrears'
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from help" -f -a "list" -d 'List recorded usage by day, with the invoice that billed each'
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import usage from CSV, all or nothing'
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a usage recorded by mistake, before an invoice bills it'
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand account; and not __fish_seen_subcommand_from set list help" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand account; and not __fish_seen_subcommand_from set list help" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand account; and not __fish_seen_subcommand_from set list help" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand account; and not __fish_seen_subcommand_from set list help" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand account; and not __fish_seen_subcommand_from set list help" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand account; and not __fish_seen_subcommand_from set list help" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand account; and not __fish_seen_subcommand_from set list help" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand account; and not __fish_seen_subcommand_from set list help" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand account; and not __fish_seen_subcommand_from set list help" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand account; and not __fish_seen_subcommand_from set list help" -f -a "set" -d 'Choose the account a key is posted to'
complete -c subs -n "__fish_subs_using_subcommand account; and not __fish_seen_subcommand_from set list help" -f -a "list" -d 'List the chart of accounts: each key, its account, its label and its default'
complete -c subs -n "__fish_subs_using_subcommand account; and not __fish_seen_subcommand_from set list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand account; and __fish_seen_subcommand_from set" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand account; and __fish_seen_subcommand_from set" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand account; and __fish_seen_subcommand_from set" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand account; and __fish_seen_subcommand_from set" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand account; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand account; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand account; and __fish_seen_subcommand_from set" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand account; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand account; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand account; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand account; and __fish_seen_subcommand_from list" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand account; and __fish_seen_subcommand_from list" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand account; and __fish_seen_subcommand_from list" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand account; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand account; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand account; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand account; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand account; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "set" -d 'Choose the account a key is posted to'
complete -c subs -n "__fish_subs_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the chart of accounts: each key, its account, its label and its default'
complete -c subs -n "__fish_subs_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand journal" -l from -d 'First day (default: the first day of the current fiscal year)' -r
complete -c subs -n "__fish_subs_using_subcommand journal" -l to -d 'Last day (default: the last day of the current fiscal year)' -r
complete -c subs -n "__fish_subs_using_subcommand journal" -l account -d 'Only lines on this account and its sub-accounts (411 gives every customer\'s)' -r
complete -c subs -n "__fish_subs_using_subcommand journal" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand journal" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand journal" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand journal" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand journal" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand journal" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand journal" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand journal" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand journal" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand trial-balance" -l on -d 'The day (default: today)' -r
complete -c subs -n "__fish_subs_using_subcommand trial-balance" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand trial-balance" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand trial-balance" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand trial-balance" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand trial-balance" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand trial-balance" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand trial-balance" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand trial-balance" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand trial-balance" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand fec; and not __fish_seen_subcommand_from export help" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand fec; and not __fish_seen_subcommand_from export help" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand fec; and not __fish_seen_subcommand_from export help" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand fec; and not __fish_seen_subcommand_from export help" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand fec; and not __fish_seen_subcommand_from export help" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand fec; and not __fish_seen_subcommand_from export help" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand fec; and not __fish_seen_subcommand_from export help" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand fec; and not __fish_seen_subcommand_from export help" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand fec; and not __fish_seen_subcommand_from export help" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand fec; and not __fish_seen_subcommand_from export help" -f -a "export" -d 'Write the FEC of a fiscal year: <SIREN>FEC<YYYYMMDD>.txt, named after its closing date'
complete -c subs -n "__fish_subs_using_subcommand fec; and not __fish_seen_subcommand_from export help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand fec; and __fish_seen_subcommand_from export" -l year -d 'The fiscal year, named by the year it closes in' -r
complete -c subs -n "__fish_subs_using_subcommand fec; and __fish_seen_subcommand_from export" -l out -d 'Directory to write into (default: the current directory; created if needed)' -r -F
complete -c subs -n "__fish_subs_using_subcommand fec; and __fish_seen_subcommand_from export" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand fec; and __fish_seen_subcommand_from export" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand fec; and __fish_seen_subcommand_from export" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand fec; and __fish_seen_subcommand_from export" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand fec; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand fec; and __fish_seen_subcommand_from export" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand fec; and __fish_seen_subcommand_from export" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand fec; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand fec; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand fec; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write the FEC of a fiscal year: <SIREN>FEC<YYYYMMDD>.txt, named after its closing date'
complete -c subs -n "__fish_subs_using_subcommand fec; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand report; and not __fish_seen_subcommand_from mrr churn receivables revenue occupancy all help" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand report; and not __fish_seen_subcommand_from mrr churn receivables revenue occupancy all help" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand report; and not __fish_seen_subcommand_from mrr churn receivables revenue occupancy all help" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand report; and not __fish_seen_subcommand_from mrr churn receivables revenue occupancy all help" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand report; and not __fish_seen_subcommand_from mrr churn receivables revenue occupancy all help" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand report; and not __fish_seen_subcommand_from mrr churn receivables revenue occupancy all help" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand report; and not __fish_seen_subcommand_from mrr churn receivables revenue occupancy all help" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand report; and not __fish_seen_subcommand_from mrr churn receivables revenue occupancy all help" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand report; and not __fish_seen_subcommand_from mrr churn receivables revenue occupancy all help" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand report; and not __fish_seen_subcommand_from mrr churn receivables revenue occupancy all help" -f -a "mrr" -d 'Monthly recurring revenue per month, and how it moved'
complete -c subs -n "__fish_subs_using_subcommand report; and not __fish_seen_subcommand_from mrr churn receivables revenue occupancy all help" -f -a "churn" -d 'Customers and recurring revenue lost per month, and the churn rates'
complete -c subs -n "__fish_subs_using_subcommand report; and not __fish_seen_subcommand_from mrr churn receivables revenue occupancy all help" -f -a "receivables" -d 'What customers owe by age on a day, and the credit held for them'
complete -c subs -n "__fish_subs_using_subcommand report; and not __fish_seen_subcommand_from mrr churn receivables revenue occupancy all help" -f -a "revenue" -d 'Revenue invoiced per month (net of VAT, credit notes deducted), and deferred revenue'
complete -c subs -n "__fish_subs_using_subcommand report; and not __fish_seen_subcommand_from mrr churn receivables revenue occupancy all help" -f -a "occupancy" -d 'How full each location is: per item, units reserved by subscriptions and booked, against the capacity, per day or per week'
complete -c subs -n "__fish_subs_using_subcommand report; and not __fish_seen_subcommand_from mrr churn receivables revenue occupancy all help" -f -a "all" -d 'Write every report with its chart into a directory, and an index.html showing them together'
complete -c subs -n "__fish_subs_using_subcommand report; and not __fish_seen_subcommand_from mrr churn receivables revenue occupancy all help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from mrr" -l from -d 'First month, YYYY-MM (default: eleven months before --to)' -r
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from mrr" -l to -d 'Last month, YYYY-MM (default: the current month)' -r
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from mrr" -l chart -d 'Also draw the MRR as a line chart into this SVG file' -r -F
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from mrr" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from mrr" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from mrr" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from mrr" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from mrr" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from mrr" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from mrr" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from mrr" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from mrr" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from churn" -l from -d 'First month, YYYY-MM (default: eleven months before --to)' -r
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from churn" -l to -d 'Last month, YYYY-MM (default: the current month)' -r
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from churn" -l chart -d 'Also draw the revenue lost as bars into this SVG file' -r -F
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from churn" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from churn" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from churn" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from churn" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from churn" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from churn" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from churn" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from churn" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from churn" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from receivables" -l on -d 'The day (default: today); payments dated after it are not counted' -r
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from receivables" -l chart -d 'Also draw the ageing as stacked bars (the 20 largest debts) into this SVG file' -r -F
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from receivables" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from receivables" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from receivables" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from receivables" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from receivables" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from receivables" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from receivables" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from receivables" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from receivables" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from revenue" -l by -d 'How to split the revenue' -r -f -a "month\t''
item\t''
item-group\t''
location\t''"
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from revenue" -l from -d 'First month, YYYY-MM (default: eleven months before --to)' -r
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from revenue" -l to -d 'Last month, YYYY-MM (default: the current month)' -r
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from revenue" -l chart -d 'Also draw the revenue as lines into this SVG file' -r -F
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from revenue" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from revenue" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from revenue" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from revenue" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from revenue" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from revenue" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from revenue" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from revenue" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from revenue" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from occupancy" -l location -d 'Only this location' -r
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from occupancy" -l from -d 'First day (default: the first day of the current month)' -r
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from occupancy" -l to -d 'Last day (default: the end of --from\'s month)' -r
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from occupancy" -l per -d 'One row per day or per week (from Monday)' -r -f -a "day\t''
week\t''"
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from occupancy" -l chart -d 'Also draw the rates as a heat map into this SVG file' -r -F
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from occupancy" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from occupancy" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from occupancy" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from occupancy" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from occupancy" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from occupancy" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from occupancy" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from occupancy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from occupancy" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from all" -l out -d 'Directory to write into (created if needed)' -r -F
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from all" -l from -d 'First month of the MRR, YYYY-MM (default: eleven months before --to)' -r
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from all" -l to -d 'Last month of the MRR, YYYY-MM (default: the current month)' -r
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from all" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from all" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from all" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from all" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from all" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from all" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from all" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from all" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from all" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "mrr" -d 'Monthly recurring revenue per month, and how it moved'
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "churn" -d 'Customers and recurring revenue lost per month, and the churn rates'
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "receivables" -d 'What customers owe by age on a day, and the credit held for them'
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "revenue" -d 'Revenue invoiced per month (net of VAT, credit notes deducted), and deferred revenue'
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "occupancy" -d 'How full each location is: per item, units reserved by subscriptions and booked, against the capacity, per day or per week'
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "all" -d 'Write every report with its chart into a directory, and an index.html showing them together'
complete -c subs -n "__fish_subs_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand tick" -l max-periods -d 'Skip (and report) a subscription that would bill more periods than this in one run' -r
complete -c subs -n "__fish_subs_using_subcommand tick" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand tick" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand tick" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand tick" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand tick" -l dry-run -d 'Show what would be created, writing nothing (exits 0, naming what would fail)'
complete -c subs -n "__fish_subs_using_subcommand tick" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand tick" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand tick" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand tick" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand tick" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand log; and not __fish_seen_subcommand_from verify help" -l entity -d 'Only entries about this entity (`customer:ACME`) or kind (`customer`)' -r
complete -c subs -n "__fish_subs_using_subcommand log; and not __fish_seen_subcommand_from verify help" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand log; and not __fish_seen_subcommand_from verify help" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand log; and not __fish_seen_subcommand_from verify help" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand log; and not __fish_seen_subcommand_from verify help" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand log; and not __fish_seen_subcommand_from verify help" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand log; and not __fish_seen_subcommand_from verify help" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand log; and not __fish_seen_subcommand_from verify help" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand log; and not __fish_seen_subcommand_from verify help" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand log; and not __fish_seen_subcommand_from verify help" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand log; and not __fish_seen_subcommand_from verify help" -f -a "verify" -d 'Check the hash chain and the heads issued documents recorded; print the head and the number of entries (keep them elsewhere); exit 1 naming the first broken entry'
complete -c subs -n "__fish_subs_using_subcommand log; and not __fish_seen_subcommand_from verify help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand log; and __fish_seen_subcommand_from verify" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand log; and __fish_seen_subcommand_from verify" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand log; and __fish_seen_subcommand_from verify" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand log; and __fish_seen_subcommand_from verify" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand log; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand log; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand log; and __fish_seen_subcommand_from verify" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand log; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand log; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand log; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Check the hash chain and the heads issued documents recorded; print the head and the number of entries (keep them elsewhere); exit 1 naming the first broken entry'
complete -c subs -n "__fish_subs_using_subcommand log; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand completions" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand completions" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand completions" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand completions" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand completions" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand completions" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand completions" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand completions" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand completions" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand man" -l out -d 'Directory to write the pages into' -r -F
complete -c subs -n "__fish_subs_using_subcommand man" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand man" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand man" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand man" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand man" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand man" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand man" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand man" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand man" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand demo" -l scale -d 'A synthetic book of N members (bulk inserted)' -r
complete -c subs -n "__fish_subs_using_subcommand demo" -l start -d 'First day of the subscriptions [default: the 1st of the month three months ago]' -r
complete -c subs -n "__fish_subs_using_subcommand demo" -l db -d 'The database file [default: $XDG_DATA_HOME/subs/subs.db]' -r -F
complete -c subs -n "__fish_subs_using_subcommand demo" -l config -d 'Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]' -r -F
complete -c subs -n "__fish_subs_using_subcommand demo" -l now -d 'Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339' -r
complete -c subs -n "__fish_subs_using_subcommand demo" -l format -d 'Output format of the data printed on stdout' -r -f -a "table\t''
csv\t''
json\t''"
complete -c subs -n "__fish_subs_using_subcommand demo" -l no-tick -d 'Do not run the ticks'
complete -c subs -n "__fish_subs_using_subcommand demo" -s q -l quiet -d 'Print errors only: no notes or summaries (for cron); data asked for still goes to stdout'
complete -c subs -n "__fish_subs_using_subcommand demo" -s v -l verbose -d 'Say more on stderr'
complete -c subs -n "__fish_subs_using_subcommand demo" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c subs -n "__fish_subs_using_subcommand demo" -s h -l help -d 'Print help'
complete -c subs -n "__fish_subs_using_subcommand demo" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from init config db customer uom item-group item price-list price vat dunning plan coupon subscription cancel order invoice payment payment-request webhook template mail bank sepa bill repeat contract catalog credits location booking availability usage account journal trial-balance fec report tick log completions man demo help" -f -a "init" -d 'Create the database for a company'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from init config db customer uom item-group item price-list price vat dunning plan coupon subscription cancel order invoice payment payment-request webhook template mail bank sepa bill repeat contract catalog credits location booking availability usage account journal trial-balance fec report tick log completions man demo help" -f -a "config" -d 'Company settings stored in the database'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from init config db customer uom item-group item price-list price vat dunning plan coupon subscription cancel order invoice payment payment-request webhook template mail bank sepa bill repeat contract catalog credits location booking availability usage account journal trial-balance fec report tick log completions man demo help" -f -a "db" -d 'The database file: where it is, checks, backups, migrations'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from init config db customer uom item-group item price-list price vat dunning plan coupon subscription cancel order invoice payment payment-request webhook template mail bank sepa bill repeat contract catalog credits location booking availability usage account journal trial-balance fec report tick log completions man demo help" -f -a "customer" -d 'Customers: who is billed'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from init config db customer uom item-group item price-list price vat dunning plan coupon subscription cancel order invoice payment payment-request webhook template mail bank sepa bill repeat contract catalog credits location booking availability usage account journal trial-balance fec report tick log completions man demo help" -f -a "uom" -d 'Units of measure and per-item conversions'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from init config db customer uom item-group item price-list price vat dunning plan coupon subscription cancel order invoice payment payment-request webhook template mail bank sepa bill repeat contract catalog credits location booking availability usage account journal trial-balance fec report tick log completions man demo help" -f -a "item-group" -d 'Item groups, a tree (rooms, coworking, fablab, memberships…)'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from init config db customer uom item-group item price-list price vat dunning plan coupon subscription cancel order invoice payment payment-request webhook template mail bank sepa bill repeat contract catalog credits location booking availability usage account journal trial-balance fec report tick log completions man demo help" -f -a "item" -d 'Items: what is sold'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from init config db customer uom item-group item price-list price vat dunning plan coupon subscription cancel order invoice payment payment-request webhook template mail bank sepa bill repeat contract catalog credits location booking availability usage account journal trial-balance fec report tick log completions man demo help" -f -a "price-list" -d 'Price lists'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from init config db customer uom item-group item price-list price vat dunning plan coupon subscription cancel order invoice payment payment-request webhook template mail bank sepa bill repeat contract catalog credits location booking availability usage account journal trial-balance fec report tick log completions man demo help" -f -a "price" -d 'Item prices in price lists'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from init config db customer uom item-group item price-list price vat dunning plan coupon subscription cancel order invoice payment payment-request webhook template mail bank sepa bill repeat contract catalog credits location booking availability usage account journal trial-balance fec report tick log completions man demo help" -f -a "vat" -d 'VAT rates'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from init config db customer uom item-group item price-list price vat dunning plan coupon subscription cancel order invoice payment payment-request webhook template mail bank sepa bill repeat contract catalog credits location booking availability usage account journal trial-balance fec report tick log completions man demo help" -f -a "dunning" -d 'Reminders of overdue invoices: levels, and where each invoice stands'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from init config db customer uom item-group item price-list price vat dunning plan coupon subscription cancel order invoice payment payment-request webhook template mail bank sepa bill repeat contract catalog credits location booking availability usage account journal trial-balance fec report tick log completions man demo help" -f -a "plan" -d 'Plans: reusable bundles of item lines'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from init config db customer uom item-group item price-list price vat dunning plan coupon subscription cancel order invoice payment payment-request webhook template mail bank sepa bill repeat contract catalog credits location booking availability usage account journal trial-balance fec report tick log completions man demo help" -f -a "coupon" -d 'Coupons: a discount for some periods of a subscription, or for ever'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from init config db customer uom item-group item price-list price vat dunning plan coupon subscription cancel order invoice payment payment-request webhook template mail bank sepa bill repeat contract catalog credits location booking availability usage account journal trial-balance fec report tick log completions man demo help" -f -a "subscription" -d 'Subscriptions: recurring billing for a customer'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from init config db customer uom item-group item price-list price vat dunning plan coupon subscription cancel order invoice payment payment-request webhook template mail bank sepa bill repeat contract catalog credits location booking availability usage account journal trial-balance fec report tick log completions man demo help" -f -a "cancel" -d 'Cancel a subscription (same as `subscription cancel`)'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from init config db customer uom item-group item price-list price vat dunning plan coupon subscription cancel order invoice payment payment-request webhook template mail bank sepa bill repeat contract catalog credits location booking availability usage account journal trial-balance fec report tick log completions man demo help" -f -a "order" -d 'Sales orders'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from init config db customer uom item-group item price-list price vat dunning plan coupon subscription cancel order invoice payment payment-request webhook template mail bank sepa bill repeat contract catalog credits location booking availability usage account journal trial-balance fec report tick log completions man demo help" -f -a "invoice" -d 'Invoices and credit notes'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from init config db customer uom item-group item price-list price vat dunning plan coupon subscription cancel order invoice payment payment-request webhook template mail bank sepa bill repeat contract catalog credits location booking availability usage account journal trial-balance fec report tick log completions man demo help" -f -a "payment" -d 'Payments received and their allocation to invoices'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from init config db customer uom item-group item price-list price vat dunning plan coupon subscription cancel order invoice payment payment-request webhook template mail bank sepa bill repeat contract catalog credits location booking availability usage account journal trial-balance fec report tick log completions man demo help" -f -a "payment-request" -d 'Requests to pay by link or through a gateway'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from init config db customer uom item-group item price-list price vat dunning plan coupon subscription cancel order invoice payment payment-request webhook template mail bank sepa bill repeat contract catalog credits location booking availability usage account journal trial-balance fec report tick log completions man demo help" -f -a "webhook" -d 'Payment gateway webhooks'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from init config db customer uom item-group item price-list price vat dunning plan coupon subscription cancel order invoice payment payment-request webhook template mail bank sepa bill repeat contract catalog credits location booking availability usage account journal trial-balance fec report tick log completions man demo help" -f -a "template" -d 'E-mail templates'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from init config db customer uom item-group item price-list price vat dunning plan coupon subscription cancel order invoice payment payment-request webhook template mail bank sepa bill repeat contract catalog credits location booking availability usage account journal trial-balance fec report tick log completions man demo help" -f -a "mail" -d 'The outbox and its delivery over SMTP'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from init config db customer uom item-group item price-list price vat dunning plan coupon subscription cancel order invoice payment payment-request webhook template mail bank sepa bill repeat contract catalog credits location booking availability usage account journal trial-balance fec report tick log completions man demo help" -f -a "bank" -d 'Bank statements: import and reconciliation'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from init config db customer uom item-group item price-list price vat dunning plan coupon subscription cancel order invoice payment payment-request webhook template mail bank sepa bill repeat contract catalog credits location booking availability usage account journal trial-balance fec report tick log completions man demo help" -f -a "sepa" -d 'SEPA direct debit: collection files for the bank'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from init config db customer uom item-group item price-list price vat dunning plan coupon subscription cancel order invoice payment payment-request webhook template mail bank sepa bill repeat contract catalog credits location booking availability usage account journal trial-balance fec report tick log completions man demo help" -f -a "bill" -d 'Supplier bills: what the company owes (rent, energy, cleaning)'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from init config db customer uom item-group item price-list price vat dunning plan coupon subscription cancel order invoice payment payment-request webhook template mail bank sepa bill repeat contract catalog credits location booking availability usage account journal trial-balance fec report tick log completions man demo help" -f -a "repeat" -d 'Documents copied on a schedule (invoices, orders, supplier bills)'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from init config db customer uom item-group item price-list price vat dunning plan coupon subscription cancel order invoice payment payment-request webhook template mail bank sepa bill repeat contract catalog credits location booking availability usage account journal trial-balance fec report tick log completions man demo help" -f -a "contract" -d 'Contracts: customers\' signed commitments and their fulfilment terms'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from init config db customer uom item-group item price-list price vat dunning plan coupon subscription cancel order invoice payment payment-request webhook template mail bank sepa bill repeat contract catalog credits location booking availability usage account journal trial-balance fec report tick log completions man demo help" -f -a "catalog" -d 'The website catalogue of published items'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from init config db customer uom item-group item price-list price vat dunning plan coupon subscription cancel order invoice payment payment-request webhook template mail bank sepa bill repeat contract catalog credits location booking availability usage account journal trial-balance fec report tick log completions man demo help" -f -a "credits" -d 'Booking credits: types, grants, uses, balances, lots and ledger'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from init config db customer uom item-group item price-list price vat dunning plan coupon subscription cancel order invoice payment payment-request webhook template mail bank sepa bill repeat contract catalog credits location booking availability usage account journal trial-balance fec report tick log completions man demo help" -f -a "location" -d 'Locations and how many of each bookable item they hold'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from init config db customer uom item-group item price-list price vat dunning plan coupon subscription cancel order invoice payment payment-request webhook template mail bank sepa bill repeat contract catalog credits location booking availability usage account journal trial-balance fec report tick log completions man demo help" -f -a "booking" -d 'Bookings of an item at a location, paid by credits or invoiced'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from init config db customer uom item-group item price-list price vat dunning plan coupon subscription cancel order invoice payment payment-request webhook template mail bank sepa bill repeat contract catalog credits location booking availability usage account journal trial-balance fec report tick log completions man demo help" -f -a "availability" -d 'Free units of an item at a location, per day or per slot'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from init config db customer uom item-group item price-list price vat dunning plan coupon subscription cancel order invoice payment payment-request webhook template mail bank sepa bill repeat contract catalog credits location booking availability usage account journal trial-balance fec report tick log completions man demo help" -f -a "usage" -d 'Metered usage (pages printed, room hours), billed in arrears'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from init config db customer uom item-group item price-list price vat dunning plan coupon subscription cancel order invoice payment payment-request webhook template mail bank sepa bill repeat contract catalog credits location booking availability usage account journal trial-balance fec report tick log completions man demo help" -f -a "account" -d 'The chart of accounts journal entries are posted to'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from init config db customer uom item-group item price-list price vat dunning plan coupon subscription cancel order invoice payment payment-request webhook template mail bank sepa bill repeat contract catalog credits location booking availability usage account journal trial-balance fec report tick log completions man demo help" -f -a "journal" -d 'Journal entries derived from the documents'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from init config db customer uom item-group item price-list price vat dunning plan coupon subscription cancel order invoice payment payment-request webhook template mail bank sepa bill repeat contract catalog credits location booking availability usage account journal trial-balance fec report tick log completions man demo help" -f -a "trial-balance" -d 'The balance of every account on a day'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from init config db customer uom item-group item price-list price vat dunning plan coupon subscription cancel order invoice payment payment-request webhook template mail bank sepa bill repeat contract catalog credits location booking availability usage account journal trial-balance fec report tick log completions man demo help" -f -a "fec" -d 'The FEC (fichier des écritures comptables) of a fiscal year'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from init config db customer uom item-group item price-list price vat dunning plan coupon subscription cancel order invoice payment payment-request webhook template mail bank sepa bill repeat contract catalog credits location booking availability usage account journal trial-balance fec report tick log completions man demo help" -f -a "report" -d 'Reports a manager looks at: MRR, receivables, all of them with charts'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from init config db customer uom item-group item price-list price vat dunning plan coupon subscription cancel order invoice payment payment-request webhook template mail bank sepa bill repeat contract catalog credits location booking availability usage account journal trial-balance fec report tick log completions man demo help" -f -a "tick" -d 'Issue whatever is due (run it hourly from cron)'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from init config db customer uom item-group item price-list price vat dunning plan coupon subscription cancel order invoice payment payment-request webhook template mail bank sepa bill repeat contract catalog credits location booking availability usage account journal trial-balance fec report tick log completions man demo help" -f -a "log" -d 'The audit log of every change'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from init config db customer uom item-group item price-list price vat dunning plan coupon subscription cancel order invoice payment payment-request webhook template mail bank sepa bill repeat contract catalog credits location booking availability usage account journal trial-balance fec report tick log completions man demo help" -f -a "completions" -d 'Print shell completions'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from init config db customer uom item-group item price-list price vat dunning plan coupon subscription cancel order invoice payment payment-request webhook template mail bank sepa bill repeat contract catalog credits location booking availability usage account journal trial-balance fec report tick log completions man demo help" -f -a "man" -d 'Write man pages'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from init config db customer uom item-group item price-list price vat dunning plan coupon subscription cancel order invoice payment payment-request webhook template mail bank sepa bill repeat contract catalog credits location booking availability usage account journal trial-balance fec report tick log completions man demo help" -f -a "demo" -d 'Create a demo database and bill a few months on it'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from init config db customer uom item-group item price-list price vat dunning plan coupon subscription cancel order invoice payment payment-request webhook template mail bank sepa bill repeat contract catalog credits location booking availability usage account journal trial-balance fec report tick log completions man demo help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "get" -d 'Print one setting\'s value'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "set" -d 'Change a setting'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "unset" -d 'Return a setting to its default'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "list" -d 'Every setting, with defaults'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "path" -d 'Print the database path'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "check" -d 'Run SQLite\'s integrity and foreign-key checks, the money invariants, and verify the audit chain'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "backup" -d 'Copy the live database to FILE (SQLite online backup, mode 0600), written under a temporary name and renamed into place when complete; print the audit chain\'s head'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "migrate" -d 'Bring the schema up to date (also done on open)'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from customer" -f -a "add" -d 'Add a customer'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from customer" -f -a "list" -d 'List customers'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from customer" -f -a "show" -d 'Show one customer, with what they owe and what is held for them'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from customer" -f -a "statement" -d 'A customer\'s statement: documents, payments, refunds and the use of held credit, in date order, with the running balance'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from customer" -f -a "edit" -d 'Change a customer. Give an empty value (`--email ""`) to clear an optional field'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from customer" -f -a "import" -d 'Import customers from CSV (the format of `customer export`)'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from customer" -f -a "export" -d 'Export every customer as CSV, in the format `customer import` reads'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from uom" -f -a "add" -d 'Add a unit of measure (`hour`, `half-day`, `day`, `month`…)'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from uom" -f -a "edit" -d 'Change a unit of measure: its name, or the span of time it names'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from uom" -f -a "convert" -d 'Declare that, for ITEM, 1 FROM = FACTOR × TO (e.g. `uom convert DESK day half-day 2`)'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from uom" -f -a "list" -d 'List units of measure, with the span of time each names; UOMs named like a span of time but not declared as one are pointed out on stderr'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from uom" -f -a "conversions" -d 'List UOM conversions, of one item or all'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from item-group" -f -a "add" -d 'Add an item group, optionally under a parent group'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from item-group" -f -a "list" -d 'List item groups with their path in the tree'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from item" -f -a "add" -d 'Add an item'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from item" -f -a "list" -d 'List items'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from item" -f -a "show" -d 'Show one item'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from item" -f -a "edit" -d 'Change an item. `--group ""` or `--description ""` clears them'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from item" -f -a "import" -d 'Import items from CSV (the format of `item export`)'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from item" -f -a "export" -d 'Export every item as CSV, in the format `item import` reads'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from price-list" -f -a "add" -d 'Add a price list. The first one becomes the default'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from price-list" -f -a "list" -d 'List price lists'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from price-list" -f -a "default" -d 'Make a price list the company\'s default'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from price" -f -a "set" -d 'Set an item\'s unit rate in a price list, optionally for a validity range'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from price" -f -a "list" -d 'List item prices'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from vat" -f -a "add" -d 'Add a VAT rate, in percent (20, 10, 5.5, 2.1, 0)'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from vat" -f -a "list" -d 'List VAT rates'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from dunning" -f -a "level" -d 'Reminder levels'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from dunning" -f -a "list" -d 'Show where each overdue invoice stands: days late, the reminder level sent and the next one, a dispute, the final action taken, and for business customers the penalty accrued to date and the recovery indemnity'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "add" -d 'Add a plan: item lines that subscriptions copy, and a default interval'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "list" -d 'List plans'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "show" -d 'Show one plan with its lines'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from coupon" -f -a "add" -d 'Add a coupon: a percentage or an amount off each period it applies to'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from coupon" -f -a "list" -d 'List coupons'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from coupon" -f -a "show" -d 'Show one coupon and how many subscriptions carry it'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from coupon" -f -a "disable" -d 'Disable a coupon: no subscription can take it any more; those that carry it keep it'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from subscription" -f -a "create" -d 'Create a subscription from a plan or from item lines'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from subscription" -f -a "list" -d 'List subscriptions, optionally of one customer or in one status'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from subscription" -f -a "show" -d 'Show one subscription with its lines, reservations and usage not billed yet'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from subscription" -f -a "edit" -d 'Change how a subscription bills from now on. Its start, interval and dates stay (cancel and restart change those); new lines apply to periods not yet billed'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from subscription" -f -a "check" -d 'Bring one subscription up to date now: what `tick` would do for it'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from subscription" -f -a "preview" -d 'Show the next periods of a subscription and what each would bill, writing nothing'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from subscription" -f -a "cancel" -d 'Cancel a subscription: --on is its last day of service (inclusive)'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from subscription" -f -a "restart" -d 'Restart a cancelled or completed subscription: periods start again from --on'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from subscription" -f -a "change" -d 'Change a subscription\'s lines (and interval) from a day on: inside a period, the old lines bill the days before it and the new lines the days from it, each prorated; what was invoiced in advance is corrected at once (a credit note and an invoice)'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from subscription" -f -a "pause" -d 'Pause a subscription: its paused days are not billed (a period billed in advance gets a credit note for them); its anchor and reservations stay'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from subscription" -f -a "resume" -d 'Resume a paused subscription: its pause ends the day before --on; days given back in periods already billed are invoiced at once'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from order" -f -a "create" -d 'Create a draft sales order, priced on its date'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from order" -f -a "confirm" -d 'Confirm a draft order: its recurring lines become subscriptions (printed, one per line)'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from order" -f -a "invoice" -d 'Invoice an order waiting to be invoiced (its non-recurring lines); prints the number'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from order" -f -a "list" -d 'List sales orders'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from order" -f -a "show" -d 'Show one order with its lines'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from invoice" -f -a "create" -d 'Create a one-off invoice, issued at once unless --draft'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from invoice" -f -a "list" -d 'List invoices and credit notes by issue date (drafts last)'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from invoice" -f -a "show" -d 'Show an invoice or credit note (by number, or draft:ID) with lines and VAT'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from invoice" -f -a "issue" -d 'Issue drafts: each gets the next number of its series, dated today, and is frozen'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from invoice" -f -a "credit" -d 'Issue a credit note correcting an invoice: in full, or for --amount'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from invoice" -f -a "explain" -d 'Explain how each line\'s amount was reached: period, days served over days in the period, factor, rate and where it came from, the exact amount and the rounded one'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from invoice" -f -a "render" -d 'Render an invoice or credit note as a file: a Factur-X PDF (PDF/A-3b carrying its EN 16931 CII XML), the XML alone, or the HTML view — as the extension of --out says'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from invoice" -f -a "send" -d 'E-mail an issued invoice or credit note to the customer\'s billing address, with its Factur-X PDF attached, whatever the customer\'s payment method'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from invoice" -f -a "dispute" -d 'Mark an invoice as disputed by its customer: its reminders stop until the dispute is resolved (--resolve), when they resume where they stood'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from invoice" -f -a "penalties" -d 'Compute what a business customer owes today for paying an invoice late (Code de commerce L441-10, D441-5): the penalty at `invoice.late_penalty_rate` (a yearly percentage) on what is still owed, for each day past the due date, and the 40 € recovery indemnity. Individuals owe neither. Bill them with `subs invoice create --penalties-of NUMBER`'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from payment" -f -a "add" -d 'Record a payment received by cheque, cash, transfer or card terminal'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from payment" -f -a "list" -d 'List payments by date'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from payment" -f -a "show" -d 'Show a payment and the invoices it settled'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from payment" -f -a "refund" -d 'Pay held credit back to a customer'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from payment" -f -a "attempts" -d 'List the charges of saved cards and mandates asked of a gateway, oldest first: each attempt\'s idempotency key (written before the gateway is called), its status (pending, submitted, succeeded, failed) and the gateway\'s code when it was declined'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from payment-request" -f -a "list" -d 'List payment requests. One is opened when an invoice is issued to a payer who pays by link, Stripe or GoCardless (the subscription\'s --payment-method, else the customer\'s)'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from payment-request" -f -a "show" -d 'Show a payment request'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from webhook" -f -a "receive" -d 'Receive a payment gateway\'s webhook: verify its signature, store each event once, and apply it'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from template" -f -a "add" -d 'Add an e-mail template: a subject and a body (minijinja syntax)'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from template" -f -a "edit" -d 'Change an e-mail template\'s subject, body, or both'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from template" -f -a "remove" -d 'Remove an e-mail template that nothing uses'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from template" -f -a "list" -d 'List e-mail templates'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from template" -f -a "show" -d 'Show an e-mail template'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from template" -f -a "render" -d 'Render a template for an invoice, as the e-mail would read (nothing is queued)'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from mail" -f -a "list" -d 'List the outbox: messages queued, sent, failed, or cancelled'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from mail" -f -a "send" -d 'Deliver the outbox over SMTP: every message not sent yet, oldest first'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from bank" -f -a "import" -d 'Import a bank statement: a CSV export with a column mapping, or ISO 20022 camt.053 XML'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from bank" -f -a "reconcile" -d 'Reconcile bank lines with invoices'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from bank" -f -a "match" -d 'Match a bank line to invoices by hand: records a transfer payment of the line\'s amount settling them in order'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from bank" -f -a "list" -d 'List imported bank lines'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from sepa" -f -a "export" -d 'Write a SEPA direct debit collection file (ISO 20022 pain.008.001.08) for the bank'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from sepa" -f -a "import" -d 'Read what the bank says of collected direct debits: rejects in a payment status report (pain.002.001.03 or .10) and returns in a notification (camt.054.001.02 or .08) or a statement (camt.053.001.02 or .08, entries with `RtrInf`)'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from sepa" -f -a "debits" -d 'List the direct debits put in collection files, oldest first, with what the bank said of each: `exported` (no news), `rejected` (pain.002) or `returned` (camt.054/053), the reason code and the day it was reported'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from bill" -f -a "add" -d 'Record a supplier bill: rent, energy, cleaning, anything the company owes'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from bill" -f -a "import" -d 'Import a supplier\'s e-invoice as a supplier bill'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from bill" -f -a "list" -d 'List supplier bills by date'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from bill" -f -a "show" -d 'Show one supplier bill with its lines and VAT'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from bill" -f -a "pay" -d 'Mark a supplier bill paid'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from repeat" -f -a "add" -d 'Copy a document on a schedule: a one-off invoice, a sales order or a supplier bill'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from repeat" -f -a "list" -d 'List repeats'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from repeat" -f -a "show" -d 'Show a repeat with the documents it created'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from repeat" -f -a "stop" -d 'Stop a repeat: `tick` creates nothing more for it until `repeat start`'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from repeat" -f -a "start" -d 'Resume a stopped repeat from its first schedule date on or after --from'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from contract" -f -a "add" -d 'Record a contract: a customer\'s commitment from --start through --end'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from contract" -f -a "list" -d 'List contracts'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from contract" -f -a "show" -d 'Show a contract with its text and fulfilment terms'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from contract" -f -a "sign" -d 'Record that a contract was signed; its status follows at once'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from contract" -f -a "term" -d 'Fulfilment terms: what the contract commits to, ticked off when done'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from catalog" -f -a "export" -d 'Write the website catalogue: catalog.json and a standalone index.html'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from credits" -f -a "type" -d 'Credit types: units, how they are sold, validity, cost table'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from credits" -f -a "grant" -d 'Grant credits by hand: a new lot for the customer, usable from today'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from credits" -f -a "use" -d 'Spend credits by hand (a visit, a print job…)'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from credits" -f -a "revoke" -d 'Take credits back by hand, from the lots in the order a use spends them'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from credits" -f -a "balance" -d 'Credits usable per customer and type, with the next expiry date'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from credits" -f -a "lots" -d 'Every lot of credits: where it came from, what is left, from when and until when'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from credits" -f -a "ledger" -d 'Every movement of credits, signed, with its lot and what caused it'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from location" -f -a "add" -d 'Add a location (a site)'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from location" -f -a "capacity" -d 'Set how many units of a bookable item a location holds (10 desks, 1 meeting room)'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from location" -f -a "list" -d 'List locations, one row per bookable item they hold'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from booking" -f -a "add" -d 'Book one unit of an item at a location over [--from, --to)'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from booking" -f -a "list" -d 'List bookings by start time, cancelled ones included'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from booking" -f -a "show" -d 'Show one booking'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from booking" -f -a "cancel" -d 'Cancel a booking: its unit is free again at once'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from usage" -f -a "add" -d 'Record what a subscription used (pages printed, room hours), to be billed in arrears'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from usage" -f -a "list" -d 'List recorded usage by day, with the invoice that billed each'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from usage" -f -a "import" -d 'Import usage from CSV, all or nothing'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from usage" -f -a "remove" -d 'Remove a usage recorded by mistake, before an invoice bills it'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "set" -d 'Choose the account a key is posted to'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "list" -d 'List the chart of accounts: each key, its account, its label and its default'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from fec" -f -a "export" -d 'Write the FEC of a fiscal year: <SIREN>FEC<YYYYMMDD>.txt, named after its closing date'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "mrr" -d 'Monthly recurring revenue per month, and how it moved'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "churn" -d 'Customers and recurring revenue lost per month, and the churn rates'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "receivables" -d 'What customers owe by age on a day, and the credit held for them'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "revenue" -d 'Revenue invoiced per month (net of VAT, credit notes deducted), and deferred revenue'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "occupancy" -d 'How full each location is: per item, units reserved by subscriptions and booked, against the capacity, per day or per week'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "all" -d 'Write every report with its chart into a directory, and an index.html showing them together'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from log" -f -a "verify" -d 'Check the hash chain and the heads issued documents recorded; print the head and the number of entries (keep them elsewhere); exit 1 naming the first broken entry'
