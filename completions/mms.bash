# bash completion for mms, generated from its command model by `mms completion bash`; do not edit.
# Use it now: source <(mms completion bash)
# Or always: mms completion bash > ~/.local/share/bash-completion/completions/mms

# The commands below a command: name, tab, summary.
_mms_subcommands() {
  case "$1/$2" in
    'mms/') printf '%s\n' 'job	Create, list and follow migration jobs' 'source	List data sources (every job needs a source id)' 'emulator	Run a local emulator of the MMS API on 127.0.0.1 (Ctrl-C stops it)' 'completion	Print the completion script for bash, zsh or fish' 'help	Show the help of mms or of a command, e.g. mms help job create' ;;
    'mms job/') printf '%s\n' 'create	Create migration jobs from YAML/JSON specs (keys are the CreateMmsJob fields) or flags' 'list	List migration jobs of a data source' 'watch	Follow a job (or the async task creating it) until DONE or FAILED' 'validate	Check job specs offline, exactly as '\''job create'\'' would, and send nothing' ;;
    'mms source/') printf '%s\n' 'list	List data sources (Hive, BigQuery, MaxCompute) and their ids' ;;
  esac
}

# The command a name (or alias) gives below a command.
_mms_resolve() {
  case "$1/$2" in
    'mms/job') printf '%s\n' 'job' ;;
    'mms/source') printf '%s\n' 'source' ;;
    'mms/emulator') printf '%s\n' 'emulator' ;;
    'mms/completion') printf '%s\n' 'completion' ;;
    'mms/help') printf '%s\n' 'help' ;;
    'mms job/create') printf '%s\n' 'create' ;;
    'mms job/list'|'mms job/ls'|'mms source/list'|'mms source/ls') printf '%s\n' 'list' ;;
    'mms job/watch') printf '%s\n' 'watch' ;;
    'mms job/validate') printf '%s\n' 'validate' ;;
  esac
}

# The options of a command: name, tab, summary.
_mms_options() {
  case "$1/$2" in
    'mms/') printf '%s\n' '--profile	Profile of the mms config file or of ~/.aliyun/config.json; '\''local'\'' is the built-in emulator profile' '--endpoint	API endpoint, e.g. https://maxcompute.cn-hangzhou.aliyuncs.com or http://127.0.0.1:18086' '--region	Region id, e.g. cn-hangzhou; gives the endpoint when none is set' '--source-id	Data source id (see: mms source list)' '--no-color	No colour, even on a terminal' '-q	No progress or notices on stderr' '--quiet	No progress or notices on stderr' '-v	Trace HTTP requests on stderr (secrets redacted); stack traces on errors' '--verbose	Trace HTTP requests on stderr (secrets redacted); stack traces on errors' '--timeout	Deadline for following jobs with --watch (then exit 6), e.g. 30s, 10m, 2h' '-h	Show this help message and exit' '--help	Show this help message and exit' '-V	Print version information and exit' '--version	Print version information and exit' ;;
    'mms job/'|'mms source/'|'mms completion/'|'mms help/') printf '%s\n' '-h	Show this help message and exit' '--help	Show this help message and exit' '-V	Print version information and exit' '--version	Print version information and exit' '--profile	Profile of the mms config file or of ~/.aliyun/config.json; '\''local'\'' is the built-in emulator profile' '--endpoint	API endpoint, e.g. https://maxcompute.cn-hangzhou.aliyuncs.com or http://127.0.0.1:18086' '--region	Region id, e.g. cn-hangzhou; gives the endpoint when none is set' '--source-id	Data source id (see: mms source list)' '--no-color	No colour, even on a terminal' '-q	No progress or notices on stderr' '--quiet	No progress or notices on stderr' '-v	Trace HTTP requests on stderr (secrets redacted); stack traces on errors' '--verbose	Trace HTTP requests on stderr (secrets redacted); stack traces on errors' '--timeout	Deadline for following jobs with --watch (then exit 6), e.g. 30s, 10m, 2h' ;;
    'mms job create/') printf '%s\n' '-f	Spec file, directory of *.yaml|*.yml|*.json, or - for stdin; repeatable' '--filename	Spec file, directory of *.yaml|*.yml|*.json, or - for stdin; repeatable' '--name	Job name (name)' '--source-name	Data source name (sourceName)' '--src-db	Source database (srcDbName)' '--src-schema	Source schema (srcSchemaName)' '--dst-db	Destination MaxCompute project (dstDbName)' '--dst-schema	Destination MaxCompute schema (dstSchemaName)' '--task-type	Migration task type (taskType): HIVE or BIGQUERY' '--tables	Tables to migrate (tables); comma-separated or repeated' '--partitions	Partition ids to migrate (partitions)' '--table-whitelist	Database-wide: only these tables (tableWhiteList)' '--table-blacklist	Database-wide: all but these tables (tableBlackList)' '--partition-filter	Partition filter of a table (partitionFilters), e.g. sales="ds >= '\''2024-01-01'\''"' '--table-mapping	Destination name of a table (tableMapping)' '--column-mapping	Destination name of a column (columnMapping)' '--others	Other settings (others); true/false and integers are sent as such' '--eta	Expected completion date yyyy-MM-dd (eta); earlier means higher priority' '--schema-only	Migrate only table schemas (schemaOnly, deprecated)' '--no-schema-only	not --schema-only' '--increment	Migrate only new or changed partitions (increment)' '--no-increment	not --increment' '--schema-migration	Migrate schemas (enableSchemaMigration)' '--no-schema-migration	not --schema-migration' '--data-migration	Migrate data (enableDataMigration)' '--no-data-migration	not --data-migration' '--verify	Compare row counts after migrating (enableVerification)' '--no-verify	not --verify' '--dry-run	Print the requests that would be sent, and send nothing' '--if-not-exists	Skip a spec whose name already exists on its source (reported as unchanged)' '--concurrency	Specs sent at once (default: 4)' '-w	Follow until the job is DONE or FAILED; exit 0, 5 or 6 (timeout)' '--watch	Follow until the job is DONE or FAILED; exit 0, 5 or 6 (timeout)' '--interval	Poll every DURATION, slowing down while nothing changes (default: 2s)' '-o	Output format: table, wide, json, yaml, csv, tsv, name (default: table)' '--output	Output format: table, wide, json, yaml, csv, tsv, name (default: table)' '--columns	Columns to show for table, wide, csv and tsv, e.g. ID,NAME,STATUS' '--no-headers	Leave out the header row of table, wide, csv and tsv' '-h	Show this help message and exit' '--help	Show this help message and exit' '-V	Print version information and exit' '--version	Print version information and exit' '--profile	Profile of the mms config file or of ~/.aliyun/config.json; '\''local'\'' is the built-in emulator profile' '--endpoint	API endpoint, e.g. https://maxcompute.cn-hangzhou.aliyuncs.com or http://127.0.0.1:18086' '--region	Region id, e.g. cn-hangzhou; gives the endpoint when none is set' '--source-id	Data source id (see: mms source list)' '--no-color	No colour, even on a terminal' '-q	No progress or notices on stderr' '--quiet	No progress or notices on stderr' '-v	Trace HTTP requests on stderr (secrets redacted); stack traces on errors' '--verbose	Trace HTTP requests on stderr (secrets redacted); stack traces on errors' '--timeout	Deadline for following jobs with --watch (then exit 6), e.g. 30s, 10m, 2h' ;;
    'mms job list/') printf '%s\n' '--name	Jobs whose name matches NAME' '--src-db	Jobs from this source database' '--src-table	Jobs that migrate this source table' '--dst-db	Jobs into this MaxCompute project' '--dst-table	Jobs that write this destination table' '--status	Jobs in this status: INIT, DOING, DONE, FAILED' '--stopped	Only stopped jobs' '--running	Only jobs that are not stopped' '--timer-id	Jobs started by this timer' '--sort	Sort by status, ascending or descending' '--page	Page to show (default: 1)' '--page-size	Jobs per page (default: 20; 100 with --all)' '-A	Every page, fetched in parallel, in the server'\''s order' '--all	Every page, fetched in parallel, in the server'\''s order' '--limit	Stop after N jobs (fetching as many pages as that takes)' '-o	Output format: table, wide, json, yaml, csv, tsv, name (default: table)' '--output	Output format: table, wide, json, yaml, csv, tsv, name (default: table)' '--columns	Columns to show for table, wide, csv and tsv, e.g. ID,NAME,STATUS' '--no-headers	Leave out the header row of table, wide, csv and tsv' '-w	Follow until the job is DONE or FAILED; exit 0, 5 or 6 (timeout)' '--watch	Follow until the job is DONE or FAILED; exit 0, 5 or 6 (timeout)' '--interval	Poll every DURATION, slowing down while nothing changes (default: 2s)' '-h	Show this help message and exit' '--help	Show this help message and exit' '-V	Print version information and exit' '--version	Print version information and exit' '--profile	Profile of the mms config file or of ~/.aliyun/config.json; '\''local'\'' is the built-in emulator profile' '--endpoint	API endpoint, e.g. https://maxcompute.cn-hangzhou.aliyuncs.com or http://127.0.0.1:18086' '--region	Region id, e.g. cn-hangzhou; gives the endpoint when none is set' '--source-id	Data source id (see: mms source list)' '--no-color	No colour, even on a terminal' '-q	No progress or notices on stderr' '--quiet	No progress or notices on stderr' '-v	Trace HTTP requests on stderr (secrets redacted); stack traces on errors' '--verbose	Trace HTTP requests on stderr (secrets redacted); stack traces on errors' '--timeout	Deadline for following jobs with --watch (then exit 6), e.g. 30s, 10m, 2h' ;;
    'mms job watch/') printf '%s\n' '--async-task	Follow this creation task, then the job it creates' '--interval	Poll every DURATION, slowing down while nothing changes (default: 2s)' '-o	Output format: table, wide, json, yaml, csv, tsv, name (default: table)' '--output	Output format: table, wide, json, yaml, csv, tsv, name (default: table)' '--columns	Columns to show for table, wide, csv and tsv, e.g. ID,NAME,STATUS' '--no-headers	Leave out the header row of table, wide, csv and tsv' '-h	Show this help message and exit' '--help	Show this help message and exit' '-V	Print version information and exit' '--version	Print version information and exit' '--profile	Profile of the mms config file or of ~/.aliyun/config.json; '\''local'\'' is the built-in emulator profile' '--endpoint	API endpoint, e.g. https://maxcompute.cn-hangzhou.aliyuncs.com or http://127.0.0.1:18086' '--region	Region id, e.g. cn-hangzhou; gives the endpoint when none is set' '--source-id	Data source id (see: mms source list)' '--no-color	No colour, even on a terminal' '-q	No progress or notices on stderr' '--quiet	No progress or notices on stderr' '-v	Trace HTTP requests on stderr (secrets redacted); stack traces on errors' '--verbose	Trace HTTP requests on stderr (secrets redacted); stack traces on errors' '--timeout	Deadline for following jobs with --watch (then exit 6), e.g. 30s, 10m, 2h' ;;
    'mms job validate/') printf '%s\n' '-f	Spec file, directory of *.yaml|*.yml|*.json, or - for stdin; repeatable' '--filename	Spec file, directory of *.yaml|*.yml|*.json, or - for stdin; repeatable' '--name	Job name (name)' '--source-name	Data source name (sourceName)' '--src-db	Source database (srcDbName)' '--src-schema	Source schema (srcSchemaName)' '--dst-db	Destination MaxCompute project (dstDbName)' '--dst-schema	Destination MaxCompute schema (dstSchemaName)' '--task-type	Migration task type (taskType): HIVE or BIGQUERY' '--tables	Tables to migrate (tables); comma-separated or repeated' '--partitions	Partition ids to migrate (partitions)' '--table-whitelist	Database-wide: only these tables (tableWhiteList)' '--table-blacklist	Database-wide: all but these tables (tableBlackList)' '--partition-filter	Partition filter of a table (partitionFilters), e.g. sales="ds >= '\''2024-01-01'\''"' '--table-mapping	Destination name of a table (tableMapping)' '--column-mapping	Destination name of a column (columnMapping)' '--others	Other settings (others); true/false and integers are sent as such' '--eta	Expected completion date yyyy-MM-dd (eta); earlier means higher priority' '--schema-only	Migrate only table schemas (schemaOnly, deprecated)' '--no-schema-only	not --schema-only' '--increment	Migrate only new or changed partitions (increment)' '--no-increment	not --increment' '--schema-migration	Migrate schemas (enableSchemaMigration)' '--no-schema-migration	not --schema-migration' '--data-migration	Migrate data (enableDataMigration)' '--no-data-migration	not --data-migration' '--verify	Compare row counts after migrating (enableVerification)' '--no-verify	not --verify' '-o	Output format: table, wide, json, yaml, csv, tsv, name (default: table)' '--output	Output format: table, wide, json, yaml, csv, tsv, name (default: table)' '--columns	Columns to show for table, wide, csv and tsv, e.g. ID,NAME,STATUS' '--no-headers	Leave out the header row of table, wide, csv and tsv' '--report	Also write a report for CI: junit=FILE (JUnit XML, one test case per spec)' '-h	Show this help message and exit' '--help	Show this help message and exit' '-V	Print version information and exit' '--version	Print version information and exit' '--profile	Profile of the mms config file or of ~/.aliyun/config.json; '\''local'\'' is the built-in emulator profile' '--endpoint	API endpoint, e.g. https://maxcompute.cn-hangzhou.aliyuncs.com or http://127.0.0.1:18086' '--region	Region id, e.g. cn-hangzhou; gives the endpoint when none is set' '--source-id	Data source id (see: mms source list)' '--no-color	No colour, even on a terminal' '-q	No progress or notices on stderr' '--quiet	No progress or notices on stderr' '-v	Trace HTTP requests on stderr (secrets redacted); stack traces on errors' '--verbose	Trace HTTP requests on stderr (secrets redacted); stack traces on errors' '--timeout	Deadline for following jobs with --watch (then exit 6), e.g. 30s, 10m, 2h' ;;
    'mms source list/') printf '%s\n' '--name	Data sources whose name matches NAME' '--type	Data sources of this type: HIVE, BIGQUERY or MAXCOMPUTE' '-o	Output format: table, wide, json, yaml, csv, tsv, name (default: table)' '--output	Output format: table, wide, json, yaml, csv, tsv, name (default: table)' '--columns	Columns to show for table, wide, csv and tsv, e.g. ID,NAME,STATUS' '--no-headers	Leave out the header row of table, wide, csv and tsv' '-h	Show this help message and exit' '--help	Show this help message and exit' '-V	Print version information and exit' '--version	Print version information and exit' '--profile	Profile of the mms config file or of ~/.aliyun/config.json; '\''local'\'' is the built-in emulator profile' '--endpoint	API endpoint, e.g. https://maxcompute.cn-hangzhou.aliyuncs.com or http://127.0.0.1:18086' '--region	Region id, e.g. cn-hangzhou; gives the endpoint when none is set' '--source-id	Data source id (see: mms source list)' '--no-color	No colour, even on a terminal' '-q	No progress or notices on stderr' '--quiet	No progress or notices on stderr' '-v	Trace HTTP requests on stderr (secrets redacted); stack traces on errors' '--verbose	Trace HTTP requests on stderr (secrets redacted); stack traces on errors' '--timeout	Deadline for following jobs with --watch (then exit 6), e.g. 30s, 10m, 2h' ;;
    'mms emulator/') printf '%s\n' '--port	Port to listen on (default: 18086; 0 picks a free one)' '--state	Keep jobs in this file across restarts (default: in memory)' '--catalog	YAML catalog of data sources, databases, tables and partitions (default: built in)' '--speed	How fast jobs advance; 1 = a 10-task job takes about 15 s (default: 1.0)' '--faults	Inject faults, e.g. latency=200ms,5xx=0.1,throttle=0.1,drop=0.05,truncate=0.05,retry-after=2' '-h	Show this help message and exit' '--help	Show this help message and exit' '-V	Print version information and exit' '--version	Print version information and exit' '--profile	Profile of the mms config file or of ~/.aliyun/config.json; '\''local'\'' is the built-in emulator profile' '--endpoint	API endpoint, e.g. https://maxcompute.cn-hangzhou.aliyuncs.com or http://127.0.0.1:18086' '--region	Region id, e.g. cn-hangzhou; gives the endpoint when none is set' '--source-id	Data source id (see: mms source list)' '--no-color	No colour, even on a terminal' '-q	No progress or notices on stderr' '--quiet	No progress or notices on stderr' '-v	Trace HTTP requests on stderr (secrets redacted); stack traces on errors' '--verbose	Trace HTTP requests on stderr (secrets redacted); stack traces on errors' '--timeout	Deadline for following jobs with --watch (then exit 6), e.g. 30s, 10m, 2h' ;;
  esac
}

# How the value of an option is completed (nothing: a flag).
_mms_action() {
  case "$1/$2" in
    'mms/--profile'|'mms job/--profile'|'mms job create/--profile'|'mms job list/--profile'|'mms job watch/--profile'|'mms job validate/--profile'|'mms source/--profile'|'mms source list/--profile'|'mms emulator/--profile'|'mms completion/--profile'|'mms help/--profile') printf '%s\n' 'profiles' ;;
    'mms/--endpoint'|'mms/--region'|'mms/--source-id'|'mms/--timeout'|'mms job/--endpoint'|'mms job/--region'|'mms job/--source-id'|'mms job/--timeout'|'mms job create/--name'|'mms job create/--source-name'|'mms job create/--src-db'|'mms job create/--src-schema'|'mms job create/--dst-db'|'mms job create/--dst-schema'|'mms job create/--tables'|'mms job create/--partitions'|'mms job create/--table-whitelist'|'mms job create/--table-blacklist'|'mms job create/--partition-filter'|'mms job create/--table-mapping'|'mms job create/--column-mapping'|'mms job create/--others'|'mms job create/--eta'|'mms job create/--concurrency'|'mms job create/--interval'|'mms job create/--endpoint'|'mms job create/--region'|'mms job create/--source-id'|'mms job create/--timeout'|'mms job list/--name'|'mms job list/--src-db'|'mms job list/--src-table'|'mms job list/--dst-db'|'mms job list/--dst-table'|'mms job list/--timer-id'|'mms job list/--page'|'mms job list/--page-size'|'mms job list/--limit'|'mms job list/--interval'|'mms job list/--endpoint'|'mms job list/--region'|'mms job list/--source-id'|'mms job list/--timeout'|'mms job watch/--async-task'|'mms job watch/--interval'|'mms job watch/--endpoint'|'mms job watch/--region'|'mms job watch/--source-id'|'mms job watch/--timeout'|'mms job validate/--name'|'mms job validate/--source-name'|'mms job validate/--src-db'|'mms job validate/--src-schema'|'mms job validate/--dst-db'|'mms job validate/--dst-schema'|'mms job validate/--tables'|'mms job validate/--partitions'|'mms job validate/--table-whitelist'|'mms job validate/--table-blacklist'|'mms job validate/--partition-filter'|'mms job validate/--table-mapping'|'mms job validate/--column-mapping'|'mms job validate/--others'|'mms job validate/--eta'|'mms job validate/--report'|'mms job validate/--endpoint'|'mms job validate/--region'|'mms job validate/--source-id'|'mms job validate/--timeout'|'mms source/--endpoint'|'mms source/--region'|'mms source/--source-id'|'mms source/--timeout'|'mms source list/--name'|'mms source list/--endpoint'|'mms source list/--region'|'mms source list/--source-id'|'mms source list/--timeout'|'mms emulator/--port'|'mms emulator/--speed'|'mms emulator/--faults'|'mms emulator/--endpoint'|'mms emulator/--region'|'mms emulator/--source-id'|'mms emulator/--timeout'|'mms completion/--endpoint'|'mms completion/--region'|'mms completion/--source-id'|'mms completion/--timeout'|'mms help/--endpoint'|'mms help/--region'|'mms help/--source-id'|'mms help/--timeout') printf '%s\n' 'any' ;;
    'mms job create/-f'|'mms job create/--filename'|'mms job validate/-f'|'mms job validate/--filename') printf '%s\n' 'specfiles' ;;
    'mms job create/--task-type'|'mms job create/-o'|'mms job create/--output'|'mms job list/--status'|'mms job list/--sort'|'mms job list/-o'|'mms job list/--output'|'mms job watch/-o'|'mms job watch/--output'|'mms job validate/--task-type'|'mms job validate/-o'|'mms job validate/--output'|'mms source list/--type'|'mms source list/-o'|'mms source list/--output') printf '%s\n' 'words' ;;
    'mms job create/--columns'|'mms job list/--columns'|'mms job watch/--columns'|'mms job validate/--columns'|'mms source list/--columns') printf '%s\n' 'list' ;;
    'mms emulator/--state'|'mms emulator/--catalog') printf '%s\n' 'files' ;;
  esac
}

# The words a value completes to.
_mms_words() {
  case "$1/$2" in
    'mms job create/--task-type'|'mms job validate/--task-type') printf '%s\n' 'HIVE' 'BIGQUERY' ;;
    'mms job create/-o'|'mms job create/--output'|'mms job list/-o'|'mms job list/--output'|'mms job watch/-o'|'mms job watch/--output'|'mms job validate/-o'|'mms job validate/--output'|'mms source list/-o'|'mms source list/--output') printf '%s\n' 'table' 'wide' 'json' 'yaml' 'csv' 'tsv' 'name' ;;
    'mms job create/--columns'|'mms job watch/--columns'|'mms job validate/--columns') printf '%s\n' 'id' 'name' 'source' 'src-db' 'dst-project' 'type' 'status' 'progress' 'created' 'source-id' 'src-schema' 'dst-schema' 'eta' 'stopped' 'config' 'region' 'dbs' 'tables' 'partitions' 'agent-online' 'network' 'dst-projects' 'updated' 'error' 'job-id' 'running' 'started' 'ended' 'file' 'async-task' 'result' 'message' 'action' 'method' 'path' 'body' 'spec' 'errors' 'warnings' ;;
    'mms job list/--status') printf '%s\n' 'INIT' 'DOING' 'DONE' 'FAILED' ;;
    'mms job list/--sort') printf '%s\n' 'status:asc' 'status:desc' ;;
    'mms job list/--columns') printf '%s\n' 'id' 'name' 'source' 'src-db' 'dst-project' 'type' 'status' 'progress' 'created' 'source-id' 'src-schema' 'dst-schema' 'eta' 'stopped' 'config' ;;
    'mms source list/--type') printf '%s\n' 'HIVE' 'BIGQUERY' 'MAXCOMPUTE' ;;
    'mms source list/--columns') printf '%s\n' 'id' 'name' 'type' 'region' 'status' 'dst-project' 'dbs' 'tables' 'partitions' 'agent-online' 'network' 'dst-projects' 'updated' 'created' 'error' ;;
    'mms completion/#0') printf '%s\n' 'bash' 'zsh' 'fish' ;;
  esac
}

# How the Nth parameter of a command is completed.
_mms_positional() {
  case "$1/$2" in
    'mms job watch/#0') printf '%s\n' 'any' ;;
    'mms completion/#0') printf '%s\n' 'words' ;;
    'mms help/''#'*) printf '%s\n' 'commands' ;;
  esac
}

# The profile names --profile takes: the built-in local, those of the mms config file and of the aliyun CLI's.
_mms_profiles() {
  printf '%s\n' local
  local config="${XDG_CONFIG_HOME:-$HOME/.config}/mms/config.yaml"
  if [ -r "$config" ]; then
    # the keys one level below "profiles:", at the indentation of the first of them
    awk '/^profiles:[[:space:]]*(#.*)?$/ { inside = 1; indent = -1; next }
         inside && /^[^[:space:]#]/ { inside = 0 }
         inside && /^[[:space:]]+[^[:space:]#]/ {
           match($0, /^[[:space:]]+/); n = RLENGTH
           if (indent < 0) indent = n
           if (n == indent) { key = substr($0, n + 1); sub(/[[:space:]]*:.*/, "", key); gsub(/["'\'']/, "", key); print key }
         }' "$config" 2>/dev/null
  fi
  if [ -r "$HOME/.aliyun/config.json" ]; then
    grep -o '"name"[[:space:]]*:[[:space:]]*"[^"]*"' "$HOME/.aliyun/config.json" 2>/dev/null | sed 's/.*"\([^"]*\)"$/\1/'
  fi
}

# Completes the word under the cursor: walks the words before it to find the command and whether an option
# waits for its value, then offers subcommands, options, or the values the model gives.
_mms() {
  local line=${COMP_LINE:0:COMP_POINT} cur cmdpath=mms expect= w i sub opt= action= before=
  local -a words positional candidates
  read -ra words <<< "$line"
  if [[ -z $line || $line == *[[:space:]] ]]; then words+=(""); fi
  cur=${words[${#words[@]}-1]}
  for ((i = 1; i < ${#words[@]} - 1; i++)); do
    w=${words[i]}
    if [[ -n $expect ]]; then expect=; continue; fi
    case $w in
      -*=*) ;;
      -*) [[ -n $(_mms_action "$cmdpath" "$w") ]] && expect=$w ;;
      *) sub=$(_mms_resolve "$cmdpath" "$w")
         if [[ -n $sub && ${#positional[@]} -eq 0 ]]; then cmdpath="$cmdpath $sub"; else positional+=("$w"); fi ;;
    esac
  done
  if [[ -n $expect ]]; then
    opt=$expect
    action=$(_mms_action "$cmdpath" "$opt")
  elif [[ $cur == -*=* ]]; then
    opt=${cur%%=*}
    action=$(_mms_action "$cmdpath" "$opt")
    before="$opt="
    cur=${cur#*=}
  elif [[ $cur == -* ]]; then
    action=options
  elif [[ -n $(_mms_subcommands "$cmdpath") && ${#positional[@]} -eq 0 ]]; then
    action=subcommands
  else
    opt="#${#positional[@]}"
    action=$(_mms_positional "$cmdpath" "$opt")
    [[ -z $action && -z $cur ]] && action=options
  fi
  local IFS=$'\n'
  case $action in
    options) candidates=($(_mms_options "$cmdpath" | cut -f1)) ;;
    subcommands) candidates=($(_mms_subcommands "$cmdpath" | cut -f1)) ;;
    words) candidates=($(_mms_words "$cmdpath" "$opt")) ;;
    list)
      local head=
      [[ $cur == *,* ]] && head=${cur%,*},
      candidates=($(_mms_words "$cmdpath" "$opt" | sed "s/^/${head//\//\\/}/"))
      compopt -o nospace 2>/dev/null ;;
    profiles) candidates=($(_mms_profiles | sort -u)) ;;
    commands)
      local target=mms p
      for p in "${positional[@]}"; do target="$target $(_mms_resolve "$target" "$p")"; done
      candidates=($(_mms_subcommands "$target" | cut -f1)) ;;
    specfiles)
      compopt -o filenames 2>/dev/null
      candidates=($(compgen -d -- "$cur"; compgen -f -X '!*.yaml' -- "$cur"; compgen -f -X '!*.yml' -- "$cur"
                    compgen -f -X '!*.json' -- "$cur")) ;;
    files) compopt -o filenames 2>/dev/null; candidates=($(compgen -f -- "$cur")) ;;
    directories) compopt -o filenames 2>/dev/null; candidates=($(compgen -d -- "$cur")) ;;
    *) candidates=() ;;
  esac
  COMPREPLY=()
  # readline replaces only the part of the word after its last word-break character (COMP_WORDBREAKS has '=' and
  # ':'), so each candidate loses what comes before that: --status=DONE is offered as DONE after "--status="
  local c full strip breaks=${COMP_WORDBREAKS//[[:space:]]/}
  full="$before$cur"
  strip=
  for ((i = ${#full} - 1; i >= 0; i--)); do
    if [[ $breaks == *"${full:i:1}"* ]]; then strip=${full:0:i+1}; break; fi
  done
  for c in "${candidates[@]}"; do
    if [[ $c == "$cur"* ]]; then
      c="$before$c"
      COMPREPLY+=("${c#"$strip"}")
    fi
  done
}

complete -F _mms mms
