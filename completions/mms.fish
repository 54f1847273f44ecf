# fish completion for mms, generated from its command model by `mms completion fish`; do not edit.
# Use it now: mms completion fish | source
# Or always: mms completion fish > ~/.config/fish/completions/mms.fish

# The commands below a command: name, tab, summary.
function _mms_subcommands
    switch "$argv[1]/$argv[2]"
        case 'mms/'
            printf '%s\n' 'job	Create, list and follow migration jobs' 'source	List and show data sources (every job needs a source id)' 'db	Databases of a data source (Hive databases, BigQuery datasets, MaxCompute schemas)' 'table	Tables of a data source' 'partition	Partitions of a source table (their ids are what a Partitions job lists)' 'emulator	Run a local emulator of the MMS API on 127.0.0.1 (Ctrl-C stops it)' 'completion	Print the completion script for bash, zsh or fish' 'help	Show the help of mms or of a command, e.g. mms help job create'
        case 'mms job/'
            printf '%s\n' 'create	Create migration jobs from YAML/JSON specs (keys are the CreateMmsJob fields) or flags' 'list	List migration jobs of a data source' 'watch	Follow jobs (and async tasks creating jobs) until each is DONE or FAILED, all at once' 'validate	Check job specs offline, exactly as \'job create\' would, and send nothing'
        case 'mms source/'
            printf '%s\n' 'list	List data sources (Hive, BigQuery, MaxCompute) and their ids' 'get	Show a data source: its status, migration counts and config items'
        case 'mms db/'
            printf '%s\n' 'list	List the databases of a data source and their migration status'
        case 'mms table/'
            printf '%s\n' 'list	List the tables of a data source, with their partition columns and migration status'
        case 'mms partition/'
            printf '%s\n' 'list	List the partitions of a source table with their ids (for a Partitions job spec)'
    end
end

# The command a name (or alias) gives below a command.
function _mms_resolve
    switch "$argv[1]/$argv[2]"
        case 'mms/job'
            printf '%s\n' 'job'
        case 'mms/source'
            printf '%s\n' 'source'
        case 'mms/db'
            printf '%s\n' 'db'
        case 'mms/table'
            printf '%s\n' 'table'
        case 'mms/partition'
            printf '%s\n' 'partition'
        case 'mms/emulator'
            printf '%s\n' 'emulator'
        case 'mms/completion'
            printf '%s\n' 'completion'
        case 'mms/help'
            printf '%s\n' 'help'
        case 'mms job/create'
            printf '%s\n' 'create'
        case 'mms job/list' 'mms job/ls' 'mms source/list' 'mms source/ls' 'mms db/list' 'mms db/ls' 'mms table/list' 'mms table/ls' 'mms partition/list' 'mms partition/ls'
            printf '%s\n' 'list'
        case 'mms job/watch'
            printf '%s\n' 'watch'
        case 'mms job/validate'
            printf '%s\n' 'validate'
        case 'mms source/get' 'mms source/describe'
            printf '%s\n' 'get'
    end
end

# The options of a command: name, tab, summary.
function _mms_options
    switch "$argv[1]/$argv[2]"
        case 'mms/'
            printf '%s\n' '--profile	Profile of the mms config file or of ~/.aliyun/config.json; \'local\' is the built-in emulator profile' '--endpoint	API endpoint with its scheme: https://maxcompute.<region>.aliyuncs.com, or http://127.0.0.1:18086 for the local emulator' '--region	Region id, e.g. cn-hangzhou; gives the endpoint when none is set' '--vpc	Use the region\'s VPC endpoint, https://maxcompute-vpc.<region>.aliyuncs.com' '--allow-http	Allow a plain http:// endpoint that is not loopback (requests then travel unencrypted)' '--source-id	Data source id (see: mms source list)' '--no-color	No colour, even on a terminal' '-q	No progress or notices on stderr' '--quiet	No progress or notices on stderr' '-v	Trace HTTP requests on stderr (secrets redacted); stack traces on errors' '--verbose	Trace HTTP requests on stderr (secrets redacted); stack traces on errors' '--timeout	Deadline for the whole command: every request, retry and wait (then exit 6), e.g. 30s, 10m, 2h' '--request-timeout	Longest wait for one request\'s whole answer (default: 30s; env MMS_REQUEST_TIMEOUT)' '--attempts	Tries per request when the service is busy or the network fails (default: 4; env MMS_ATTEMPTS)' '-h	Show this help message and exit' '--help	Show this help message and exit' '-V	Print version information and exit' '--version	Print version information and exit'
        case 'mms job/' 'mms source/' 'mms db/' 'mms table/' 'mms partition/' 'mms completion/' 'mms help/'
            printf '%s\n' '-h	Show this help message and exit' '--help	Show this help message and exit' '-V	Print version information and exit' '--version	Print version information and exit' '--profile	Profile of the mms config file or of ~/.aliyun/config.json; \'local\' is the built-in emulator profile' '--endpoint	API endpoint with its scheme: https://maxcompute.<region>.aliyuncs.com, or http://127.0.0.1:18086 for the local emulator' '--region	Region id, e.g. cn-hangzhou; gives the endpoint when none is set' '--vpc	Use the region\'s VPC endpoint, https://maxcompute-vpc.<region>.aliyuncs.com' '--allow-http	Allow a plain http:// endpoint that is not loopback (requests then travel unencrypted)' '--source-id	Data source id (see: mms source list)' '--no-color	No colour, even on a terminal' '-q	No progress or notices on stderr' '--quiet	No progress or notices on stderr' '-v	Trace HTTP requests on stderr (secrets redacted); stack traces on errors' '--verbose	Trace HTTP requests on stderr (secrets redacted); stack traces on errors' '--timeout	Deadline for the whole command: every request, retry and wait (then exit 6), e.g. 30s, 10m, 2h' '--request-timeout	Longest wait for one request\'s whole answer (default: 30s; env MMS_REQUEST_TIMEOUT)' '--attempts	Tries per request when the service is busy or the network fails (default: 4; env MMS_ATTEMPTS)'
        case 'mms job create/'
            printf '%s\n' '-f	Spec file, directory of *.yaml|*.yml|*.json, or - for stdin; repeatable' '--filename	Spec file, directory of *.yaml|*.yml|*.json, or - for stdin; repeatable' '--name	Job name (name)' '--source-name	Data source name (sourceName)' '--src-db	Source database (srcDbName)' '--src-schema	Source schema (srcSchemaName)' '--dst-db	Destination MaxCompute project (dstDbName)' '--dst-schema	Destination MaxCompute schema (dstSchemaName)' '--task-type	Migration task type (taskType): HIVE or BIGQUERY' '--tables	Tables to migrate (tables); comma-separated or repeated' '--partitions	Partition ids to migrate (partitions)' '--table-whitelist	Database-wide: only these tables (tableWhiteList)' '--table-blacklist	Database-wide: all but these tables (tableBlackList)' '--partition-filter	Partition filter of a table (partitionFilters), e.g. sales="ds >= \'2024-01-01\'"' '--table-mapping	Destination name of a table (tableMapping)' '--column-mapping	Destination name of a column (columnMapping)' '--others	Other settings (others); true/false and integers are sent as such' '--eta	Expected completion date yyyy-MM-dd (eta); earlier means higher priority' '--schema-only	Migrate only table schemas (schemaOnly, deprecated)' '--no-schema-only	not --schema-only' '--increment	Migrate only new or changed partitions (increment)' '--no-increment	not --increment' '--schema-migration	Migrate schemas (enableSchemaMigration)' '--no-schema-migration	not --schema-migration' '--data-migration	Migrate data (enableDataMigration)' '--no-data-migration	not --data-migration' '--verify	Compare row counts after migrating (enableVerification)' '--no-verify	not --verify' '--dry-run	Print the requests that would be sent, and send nothing' '--if-not-exists	Skip a spec whose exact name a job of its source already has (reported as unchanged)' '--concurrency	Specs sent at once (default: 4)' '--wait	Return once every creation finished: the job exists (created), or it did not come about (not created, exit 5)' '--lost-answer-window	When the answer to a creation is lost (reset, timeout, 5xx), look for the job by its name this long before reporting it not created; it is never sent twice (default: 60s)' '-w	Follow until the job is DONE or FAILED; exit 0, 5 or 6 (timeout)' '--watch	Follow until the job is DONE or FAILED; exit 0, 5 or 6 (timeout)' '--interval	Poll every DURATION, slowing down while nothing changes (default: 2s)' '-o	Output format: table, wide, json, yaml, csv, tsv, name (default: table)' '--output	Output format: table, wide, json, yaml, csv, tsv, name (default: table)' '--columns	Columns of table, wide, csv and tsv, by header or API field name, e.g. ID,NAME,STATUS or id,name,taskDone' '--no-headers	Leave out the header row of table, wide, csv and tsv' '--sort-by	Sort on this side by an API field (e.g. createTime:desc, name, taskDone); missing values last' '--query	JMESPath expression applied to the whole JSON result (every page), e.g. "[?status==\'FAILED\'].name"; printed as json, yaml or (by default) plain text' '-h	Show this help message and exit' '--help	Show this help message and exit' '-V	Print version information and exit' '--version	Print version information and exit' '--profile	Profile of the mms config file or of ~/.aliyun/config.json; \'local\' is the built-in emulator profile' '--endpoint	API endpoint with its scheme: https://maxcompute.<region>.aliyuncs.com, or http://127.0.0.1:18086 for the local emulator' '--region	Region id, e.g. cn-hangzhou; gives the endpoint when none is set' '--vpc	Use the region\'s VPC endpoint, https://maxcompute-vpc.<region>.aliyuncs.com' '--allow-http	Allow a plain http:// endpoint that is not loopback (requests then travel unencrypted)' '--source-id	Data source id (see: mms source list)' '--no-color	No colour, even on a terminal' '-q	No progress or notices on stderr' '--quiet	No progress or notices on stderr' '-v	Trace HTTP requests on stderr (secrets redacted); stack traces on errors' '--verbose	Trace HTTP requests on stderr (secrets redacted); stack traces on errors' '--timeout	Deadline for the whole command: every request, retry and wait (then exit 6), e.g. 30s, 10m, 2h' '--request-timeout	Longest wait for one request\'s whole answer (default: 30s; env MMS_REQUEST_TIMEOUT)' '--attempts	Tries per request when the service is busy or the network fails (default: 4; env MMS_ATTEMPTS)'
        case 'mms job list/'
            printf '%s\n' '--name	Jobs whose name matches NAME' '--src-db	Jobs from this source database' '--src-table	Jobs that migrate this source table' '--dst-db	Jobs into this MaxCompute project' '--dst-table	Jobs that write this destination table' '--status	Jobs in this status: INIT, DOING, DONE, FAILED' '--stopped	Only stopped jobs' '--running	Only jobs that are not stopped' '--timer-id	Jobs started by this timer' '--sort	Sort by status, ascending or descending' '--page	Page to show (default: 1); not with --all or --limit' '--page-size	Items per page (default: 20; 100 with --all; N with --limit N up to 100)' '-A	Every page, in the server\'s order' '--all	Every page, in the server\'s order' '--limit	Stop after the first N items (fetching as many pages as that takes)' '-o	Output format: table, wide, json, yaml, csv, tsv, name (default: table)' '--output	Output format: table, wide, json, yaml, csv, tsv, name (default: table)' '--columns	Columns of table, wide, csv and tsv, by header or API field name, e.g. ID,NAME,STATUS or id,name,taskDone' '--no-headers	Leave out the header row of table, wide, csv and tsv' '--sort-by	Sort on this side by an API field (e.g. createTime:desc, name, taskDone); missing values last' '--query	JMESPath expression applied to the whole JSON result (every page), e.g. "[?status==\'FAILED\'].name"; printed as json, yaml or (by default) plain text' '-w	Follow until the job is DONE or FAILED; exit 0, 5 or 6 (timeout)' '--watch	Follow until the job is DONE or FAILED; exit 0, 5 or 6 (timeout)' '--interval	Poll every DURATION, slowing down while nothing changes (default: 2s)' '-h	Show this help message and exit' '--help	Show this help message and exit' '-V	Print version information and exit' '--version	Print version information and exit' '--profile	Profile of the mms config file or of ~/.aliyun/config.json; \'local\' is the built-in emulator profile' '--endpoint	API endpoint with its scheme: https://maxcompute.<region>.aliyuncs.com, or http://127.0.0.1:18086 for the local emulator' '--region	Region id, e.g. cn-hangzhou; gives the endpoint when none is set' '--vpc	Use the region\'s VPC endpoint, https://maxcompute-vpc.<region>.aliyuncs.com' '--allow-http	Allow a plain http:// endpoint that is not loopback (requests then travel unencrypted)' '--source-id	Data source id (see: mms source list)' '--no-color	No colour, even on a terminal' '-q	No progress or notices on stderr' '--quiet	No progress or notices on stderr' '-v	Trace HTTP requests on stderr (secrets redacted); stack traces on errors' '--verbose	Trace HTTP requests on stderr (secrets redacted); stack traces on errors' '--timeout	Deadline for the whole command: every request, retry and wait (then exit 6), e.g. 30s, 10m, 2h' '--request-timeout	Longest wait for one request\'s whole answer (default: 30s; env MMS_REQUEST_TIMEOUT)' '--attempts	Tries per request when the service is busy or the network fails (default: 4; env MMS_ATTEMPTS)'
        case 'mms job watch/'
            printf '%s\n' '--async-task	Follow these creation tasks, then the jobs they create (1012 or asynctask/1012)' '--interval	Poll every DURATION, slowing down while nothing changes (default: 2s)' '-o	json: one JSON object per change on stdout (NDJSON), instead of progress on stderr' '--output	json: one JSON object per change on stdout (NDJSON), instead of progress on stderr' '-h	Show this help message and exit' '--help	Show this help message and exit' '-V	Print version information and exit' '--version	Print version information and exit' '--profile	Profile of the mms config file or of ~/.aliyun/config.json; \'local\' is the built-in emulator profile' '--endpoint	API endpoint with its scheme: https://maxcompute.<region>.aliyuncs.com, or http://127.0.0.1:18086 for the local emulator' '--region	Region id, e.g. cn-hangzhou; gives the endpoint when none is set' '--vpc	Use the region\'s VPC endpoint, https://maxcompute-vpc.<region>.aliyuncs.com' '--allow-http	Allow a plain http:// endpoint that is not loopback (requests then travel unencrypted)' '--source-id	Data source id (see: mms source list)' '--no-color	No colour, even on a terminal' '-q	No progress or notices on stderr' '--quiet	No progress or notices on stderr' '-v	Trace HTTP requests on stderr (secrets redacted); stack traces on errors' '--verbose	Trace HTTP requests on stderr (secrets redacted); stack traces on errors' '--timeout	Deadline for the whole command: every request, retry and wait (then exit 6), e.g. 30s, 10m, 2h' '--request-timeout	Longest wait for one request\'s whole answer (default: 30s; env MMS_REQUEST_TIMEOUT)' '--attempts	Tries per request when the service is busy or the network fails (default: 4; env MMS_ATTEMPTS)'
        case 'mms job validate/'
            printf '%s\n' '-f	Spec file, directory of *.yaml|*.yml|*.json, or - for stdin; repeatable' '--filename	Spec file, directory of *.yaml|*.yml|*.json, or - for stdin; repeatable' '--name	Job name (name)' '--source-name	Data source name (sourceName)' '--src-db	Source database (srcDbName)' '--src-schema	Source schema (srcSchemaName)' '--dst-db	Destination MaxCompute project (dstDbName)' '--dst-schema	Destination MaxCompute schema (dstSchemaName)' '--task-type	Migration task type (taskType): HIVE or BIGQUERY' '--tables	Tables to migrate (tables); comma-separated or repeated' '--partitions	Partition ids to migrate (partitions)' '--table-whitelist	Database-wide: only these tables (tableWhiteList)' '--table-blacklist	Database-wide: all but these tables (tableBlackList)' '--partition-filter	Partition filter of a table (partitionFilters), e.g. sales="ds >= \'2024-01-01\'"' '--table-mapping	Destination name of a table (tableMapping)' '--column-mapping	Destination name of a column (columnMapping)' '--others	Other settings (others); true/false and integers are sent as such' '--eta	Expected completion date yyyy-MM-dd (eta); earlier means higher priority' '--schema-only	Migrate only table schemas (schemaOnly, deprecated)' '--no-schema-only	not --schema-only' '--increment	Migrate only new or changed partitions (increment)' '--no-increment	not --increment' '--schema-migration	Migrate schemas (enableSchemaMigration)' '--no-schema-migration	not --schema-migration' '--data-migration	Migrate data (enableDataMigration)' '--no-data-migration	not --data-migration' '--verify	Compare row counts after migrating (enableVerification)' '--no-verify	not --verify' '-o	Output format: table, wide, json, yaml, csv, tsv, name (default: table)' '--output	Output format: table, wide, json, yaml, csv, tsv, name (default: table)' '--columns	Columns of table, wide, csv and tsv, by header or API field name, e.g. ID,NAME,STATUS or id,name,taskDone' '--no-headers	Leave out the header row of table, wide, csv and tsv' '--sort-by	Sort on this side by an API field (e.g. createTime:desc, name, taskDone); missing values last' '--query	JMESPath expression applied to the whole JSON result (every page), e.g. "[?status==\'FAILED\'].name"; printed as json, yaml or (by default) plain text' '--report	Also write a report for CI: junit=FILE (JUnit XML, one test case per spec)' '-h	Show this help message and exit' '--help	Show this help message and exit' '-V	Print version information and exit' '--version	Print version information and exit' '--profile	Profile of the mms config file or of ~/.aliyun/config.json; \'local\' is the built-in emulator profile' '--endpoint	API endpoint with its scheme: https://maxcompute.<region>.aliyuncs.com, or http://127.0.0.1:18086 for the local emulator' '--region	Region id, e.g. cn-hangzhou; gives the endpoint when none is set' '--vpc	Use the region\'s VPC endpoint, https://maxcompute-vpc.<region>.aliyuncs.com' '--allow-http	Allow a plain http:// endpoint that is not loopback (requests then travel unencrypted)' '--source-id	Data source id (see: mms source list)' '--no-color	No colour, even on a terminal' '-q	No progress or notices on stderr' '--quiet	No progress or notices on stderr' '-v	Trace HTTP requests on stderr (secrets redacted); stack traces on errors' '--verbose	Trace HTTP requests on stderr (secrets redacted); stack traces on errors' '--timeout	Deadline for the whole command: every request, retry and wait (then exit 6), e.g. 30s, 10m, 2h' '--request-timeout	Longest wait for one request\'s whole answer (default: 30s; env MMS_REQUEST_TIMEOUT)' '--attempts	Tries per request when the service is busy or the network fails (default: 4; env MMS_ATTEMPTS)'
        case 'mms source list/'
            printf '%s\n' '--name	Data sources whose name matches NAME' '--type	Data sources of this type: HIVE, BIGQUERY or MAXCOMPUTE' '-o	Output format: table, wide, json, yaml, csv, tsv, name (default: table)' '--output	Output format: table, wide, json, yaml, csv, tsv, name (default: table)' '--columns	Columns of table, wide, csv and tsv, by header or API field name, e.g. ID,NAME,STATUS or id,name,taskDone' '--no-headers	Leave out the header row of table, wide, csv and tsv' '--sort-by	Sort on this side by an API field (e.g. createTime:desc, name, taskDone); missing values last' '--query	JMESPath expression applied to the whole JSON result (every page), e.g. "[?status==\'FAILED\'].name"; printed as json, yaml or (by default) plain text' '-h	Show this help message and exit' '--help	Show this help message and exit' '-V	Print version information and exit' '--version	Print version information and exit' '--profile	Profile of the mms config file or of ~/.aliyun/config.json; \'local\' is the built-in emulator profile' '--endpoint	API endpoint with its scheme: https://maxcompute.<region>.aliyuncs.com, or http://127.0.0.1:18086 for the local emulator' '--region	Region id, e.g. cn-hangzhou; gives the endpoint when none is set' '--vpc	Use the region\'s VPC endpoint, https://maxcompute-vpc.<region>.aliyuncs.com' '--allow-http	Allow a plain http:// endpoint that is not loopback (requests then travel unencrypted)' '--source-id	Data source id (see: mms source list)' '--no-color	No colour, even on a terminal' '-q	No progress or notices on stderr' '--quiet	No progress or notices on stderr' '-v	Trace HTTP requests on stderr (secrets redacted); stack traces on errors' '--verbose	Trace HTTP requests on stderr (secrets redacted); stack traces on errors' '--timeout	Deadline for the whole command: every request, retry and wait (then exit 6), e.g. 30s, 10m, 2h' '--request-timeout	Longest wait for one request\'s whole answer (default: 30s; env MMS_REQUEST_TIMEOUT)' '--attempts	Tries per request when the service is busy or the network fails (default: 4; env MMS_ATTEMPTS)'
        case 'mms source get/'
            printf '%s\n' '-o	Output format: table, wide, json, yaml, csv, tsv, name (default: table)' '--output	Output format: table, wide, json, yaml, csv, tsv, name (default: table)' '--columns	Columns of table, wide, csv and tsv, by header or API field name, e.g. ID,NAME,STATUS or id,name,taskDone' '--no-headers	Leave out the header row of table, wide, csv and tsv' '--sort-by	Sort on this side by an API field (e.g. createTime:desc, name, taskDone); missing values last' '--query	JMESPath expression applied to the whole JSON result (every page), e.g. "[?status==\'FAILED\'].name"; printed as json, yaml or (by default) plain text' '-h	Show this help message and exit' '--help	Show this help message and exit' '-V	Print version information and exit' '--version	Print version information and exit' '--profile	Profile of the mms config file or of ~/.aliyun/config.json; \'local\' is the built-in emulator profile' '--endpoint	API endpoint with its scheme: https://maxcompute.<region>.aliyuncs.com, or http://127.0.0.1:18086 for the local emulator' '--region	Region id, e.g. cn-hangzhou; gives the endpoint when none is set' '--vpc	Use the region\'s VPC endpoint, https://maxcompute-vpc.<region>.aliyuncs.com' '--allow-http	Allow a plain http:// endpoint that is not loopback (requests then travel unencrypted)' '--source-id	Data source id (see: mms source list)' '--no-color	No colour, even on a terminal' '-q	No progress or notices on stderr' '--quiet	No progress or notices on stderr' '-v	Trace HTTP requests on stderr (secrets redacted); stack traces on errors' '--verbose	Trace HTTP requests on stderr (secrets redacted); stack traces on errors' '--timeout	Deadline for the whole command: every request, retry and wait (then exit 6), e.g. 30s, 10m, 2h' '--request-timeout	Longest wait for one request\'s whole answer (default: 30s; env MMS_REQUEST_TIMEOUT)' '--attempts	Tries per request when the service is busy or the network fails (default: 4; env MMS_ATTEMPTS)'
        case 'mms db list/'
            printf '%s\n' '--name	Databases whose name contains NAME' '--status	Databases with this migration status: INIT, DOING, DONE, FAILED or PART_DONE' '--sort	Order by numRows, size or updateTime, e.g. size:desc' '--page	Page to show (default: 1); not with --all or --limit' '--page-size	Items per page (default: 20; 100 with --all; N with --limit N up to 100)' '-A	Every page, in the server\'s order' '--all	Every page, in the server\'s order' '--limit	Stop after the first N items (fetching as many pages as that takes)' '-o	Output format: table, wide, json, yaml, csv, tsv, name (default: table)' '--output	Output format: table, wide, json, yaml, csv, tsv, name (default: table)' '--columns	Columns of table, wide, csv and tsv, by header or API field name, e.g. ID,NAME,STATUS or id,name,taskDone' '--no-headers	Leave out the header row of table, wide, csv and tsv' '--sort-by	Sort on this side by an API field (e.g. createTime:desc, name, taskDone); missing values last' '--query	JMESPath expression applied to the whole JSON result (every page), e.g. "[?status==\'FAILED\'].name"; printed as json, yaml or (by default) plain text' '-h	Show this help message and exit' '--help	Show this help message and exit' '-V	Print version information and exit' '--version	Print version information and exit' '--profile	Profile of the mms config file or of ~/.aliyun/config.json; \'local\' is the built-in emulator profile' '--endpoint	API endpoint with its scheme: https://maxcompute.<region>.aliyuncs.com, or http://127.0.0.1:18086 for the local emulator' '--region	Region id, e.g. cn-hangzhou; gives the endpoint when none is set' '--vpc	Use the region\'s VPC endpoint, https://maxcompute-vpc.<region>.aliyuncs.com' '--allow-http	Allow a plain http:// endpoint that is not loopback (requests then travel unencrypted)' '--source-id	Data source id (see: mms source list)' '--no-color	No colour, even on a terminal' '-q	No progress or notices on stderr' '--quiet	No progress or notices on stderr' '-v	Trace HTTP requests on stderr (secrets redacted); stack traces on errors' '--verbose	Trace HTTP requests on stderr (secrets redacted); stack traces on errors' '--timeout	Deadline for the whole command: every request, retry and wait (then exit 6), e.g. 30s, 10m, 2h' '--request-timeout	Longest wait for one request\'s whole answer (default: 30s; env MMS_REQUEST_TIMEOUT)' '--attempts	Tries per request when the service is busy or the network fails (default: 4; env MMS_ATTEMPTS)'
        case 'mms table list/'
            printf '%s\n' '-d	Tables of this source database only' '--db	Tables of this source database only' '--name	Tables whose name contains NAME' '--status	Tables with one of these migration statuses: INIT, DOING, DONE, FAILED, PART_DONE' '--partitioned	Only partitioned tables (--no-partitioned: only unpartitioned ones)' '--no-partitioned	not --partitioned' '--type	Tables of this type, e.g. MANAGED_TABLE' '--sort	Order by lastDdlTime, numRows or size, e.g. size:desc' '--page	Page to show (default: 1); not with --all or --limit' '--page-size	Items per page (default: 20; 100 with --all; N with --limit N up to 100)' '-A	Every page, in the server\'s order' '--all	Every page, in the server\'s order' '--limit	Stop after the first N items (fetching as many pages as that takes)' '-o	Output format: table, wide, json, yaml, csv, tsv, name (default: table)' '--output	Output format: table, wide, json, yaml, csv, tsv, name (default: table)' '--columns	Columns of table, wide, csv and tsv, by header or API field name, e.g. ID,NAME,STATUS or id,name,taskDone' '--no-headers	Leave out the header row of table, wide, csv and tsv' '--sort-by	Sort on this side by an API field (e.g. createTime:desc, name, taskDone); missing values last' '--query	JMESPath expression applied to the whole JSON result (every page), e.g. "[?status==\'FAILED\'].name"; printed as json, yaml or (by default) plain text' '-h	Show this help message and exit' '--help	Show this help message and exit' '-V	Print version information and exit' '--version	Print version information and exit' '--profile	Profile of the mms config file or of ~/.aliyun/config.json; \'local\' is the built-in emulator profile' '--endpoint	API endpoint with its scheme: https://maxcompute.<region>.aliyuncs.com, or http://127.0.0.1:18086 for the local emulator' '--region	Region id, e.g. cn-hangzhou; gives the endpoint when none is set' '--vpc	Use the region\'s VPC endpoint, https://maxcompute-vpc.<region>.aliyuncs.com' '--allow-http	Allow a plain http:// endpoint that is not loopback (requests then travel unencrypted)' '--source-id	Data source id (see: mms source list)' '--no-color	No colour, even on a terminal' '-q	No progress or notices on stderr' '--quiet	No progress or notices on stderr' '-v	Trace HTTP requests on stderr (secrets redacted); stack traces on errors' '--verbose	Trace HTTP requests on stderr (secrets redacted); stack traces on errors' '--timeout	Deadline for the whole command: every request, retry and wait (then exit 6), e.g. 30s, 10m, 2h' '--request-timeout	Longest wait for one request\'s whole answer (default: 30s; env MMS_REQUEST_TIMEOUT)' '--attempts	Tries per request when the service is busy or the network fails (default: 4; env MMS_ATTEMPTS)'
        case 'mms partition list/'
            printf '%s\n' '-d	The source database' '--db	The source database' '-t	The source table' '--table	The source table' '--value	Partitions whose value contains TEXT, e.g. ds=2024-06' '--status	Partitions with one of these migration statuses: INIT, DOING, DONE, FAILED' '--updated	Only partitions whose data changed since they were migrated (--no-updated: unchanged)' '--no-updated	not --updated' '--sort	Order by lastDdlTime, numRows or size, e.g. lastDdlTime:desc' '--page	Page to show (default: 1); not with --all or --limit' '--page-size	Items per page (default: 20; 100 with --all; N with --limit N up to 100)' '-A	Every page, in the server\'s order' '--all	Every page, in the server\'s order' '--limit	Stop after the first N items (fetching as many pages as that takes)' '-o	Output format: table, wide, json, yaml, csv, tsv, name (default: table)' '--output	Output format: table, wide, json, yaml, csv, tsv, name (default: table)' '--columns	Columns of table, wide, csv and tsv, by header or API field name, e.g. ID,NAME,STATUS or id,name,taskDone' '--no-headers	Leave out the header row of table, wide, csv and tsv' '--sort-by	Sort on this side by an API field (e.g. createTime:desc, name, taskDone); missing values last' '--query	JMESPath expression applied to the whole JSON result (every page), e.g. "[?status==\'FAILED\'].name"; printed as json, yaml or (by default) plain text' '-h	Show this help message and exit' '--help	Show this help message and exit' '-V	Print version information and exit' '--version	Print version information and exit' '--profile	Profile of the mms config file or of ~/.aliyun/config.json; \'local\' is the built-in emulator profile' '--endpoint	API endpoint with its scheme: https://maxcompute.<region>.aliyuncs.com, or http://127.0.0.1:18086 for the local emulator' '--region	Region id, e.g. cn-hangzhou; gives the endpoint when none is set' '--vpc	Use the region\'s VPC endpoint, https://maxcompute-vpc.<region>.aliyuncs.com' '--allow-http	Allow a plain http:// endpoint that is not loopback (requests then travel unencrypted)' '--source-id	Data source id (see: mms source list)' '--no-color	No colour, even on a terminal' '-q	No progress or notices on stderr' '--quiet	No progress or notices on stderr' '-v	Trace HTTP requests on stderr (secrets redacted); stack traces on errors' '--verbose	Trace HTTP requests on stderr (secrets redacted); stack traces on errors' '--timeout	Deadline for the whole command: every request, retry and wait (then exit 6), e.g. 30s, 10m, 2h' '--request-timeout	Longest wait for one request\'s whole answer (default: 30s; env MMS_REQUEST_TIMEOUT)' '--attempts	Tries per request when the service is busy or the network fails (default: 4; env MMS_ATTEMPTS)'
        case 'mms emulator/'
            printf '%s\n' '--port	Port to listen on (default: 18086; 0 picks a free one)' '--state	Keep jobs in this file across restarts (default: in memory)' '--catalog	YAML catalog of data sources, databases, tables and partitions (default: built in)' '--speed	How fast jobs advance; 1 = a 10-task job takes about 15 s (default: 1.0)' '--faults	Inject faults, e.g. latency=200ms,5xx=0.1,throttle=0.1,drop=0.05,truncate=0.05,retry-after=2' '--access-key-id	The access key id to accept (default: mms-local, or MMS_EMULATOR_ACCESS_KEY_ID); its secret comes from MMS_EMULATOR_ACCESS_KEY_SECRET, never from a flag' '-h	Show this help message and exit' '--help	Show this help message and exit' '-V	Print version information and exit' '--version	Print version information and exit' '--profile	Profile of the mms config file or of ~/.aliyun/config.json; \'local\' is the built-in emulator profile' '--endpoint	API endpoint with its scheme: https://maxcompute.<region>.aliyuncs.com, or http://127.0.0.1:18086 for the local emulator' '--region	Region id, e.g. cn-hangzhou; gives the endpoint when none is set' '--vpc	Use the region\'s VPC endpoint, https://maxcompute-vpc.<region>.aliyuncs.com' '--allow-http	Allow a plain http:// endpoint that is not loopback (requests then travel unencrypted)' '--source-id	Data source id (see: mms source list)' '--no-color	No colour, even on a terminal' '-q	No progress or notices on stderr' '--quiet	No progress or notices on stderr' '-v	Trace HTTP requests on stderr (secrets redacted); stack traces on errors' '--verbose	Trace HTTP requests on stderr (secrets redacted); stack traces on errors' '--timeout	Deadline for the whole command: every request, retry and wait (then exit 6), e.g. 30s, 10m, 2h' '--request-timeout	Longest wait for one request\'s whole answer (default: 30s; env MMS_REQUEST_TIMEOUT)' '--attempts	Tries per request when the service is busy or the network fails (default: 4; env MMS_ATTEMPTS)'
    end
end

# How the value of an option is completed (nothing: a flag).
function _mms_action
    switch "$argv[1]/$argv[2]"
        case 'mms/--profile' 'mms job/--profile' 'mms job create/--profile' 'mms job list/--profile' 'mms job watch/--profile' 'mms job validate/--profile' 'mms source/--profile' 'mms source list/--profile' 'mms source get/--profile' 'mms db/--profile' 'mms db list/--profile' 'mms table/--profile' 'mms table list/--profile' 'mms partition/--profile' 'mms partition list/--profile' 'mms emulator/--profile' 'mms completion/--profile' 'mms help/--profile'
            printf '%s\n' 'profiles'
        case 'mms/--endpoint' 'mms/--region' 'mms/--source-id' 'mms/--timeout' 'mms/--request-timeout' 'mms/--attempts' 'mms job/--endpoint' 'mms job/--region' 'mms job/--source-id' 'mms job/--timeout' 'mms job/--request-timeout' 'mms job/--attempts' 'mms job create/--name' 'mms job create/--source-name' 'mms job create/--src-db' 'mms job create/--src-schema' 'mms job create/--dst-db' 'mms job create/--dst-schema' 'mms job create/--tables' 'mms job create/--partitions' 'mms job create/--table-whitelist' 'mms job create/--table-blacklist' 'mms job create/--partition-filter' 'mms job create/--table-mapping' 'mms job create/--column-mapping' 'mms job create/--others' 'mms job create/--eta' 'mms job create/--concurrency' 'mms job create/--lost-answer-window' 'mms job create/--interval' 'mms job create/--sort-by' 'mms job create/--query' 'mms job create/--endpoint' 'mms job create/--region' 'mms job create/--source-id' 'mms job create/--timeout' 'mms job create/--request-timeout' 'mms job create/--attempts' 'mms job list/--name' 'mms job list/--src-db' 'mms job list/--src-table' 'mms job list/--dst-db' 'mms job list/--dst-table' 'mms job list/--timer-id' 'mms job list/--page' 'mms job list/--page-size' 'mms job list/--limit' 'mms job list/--sort-by' 'mms job list/--query' 'mms job list/--interval' 'mms job list/--endpoint' 'mms job list/--region' 'mms job list/--source-id' 'mms job list/--timeout' 'mms job list/--request-timeout' 'mms job list/--attempts' 'mms job watch/--async-task' 'mms job watch/--interval' 'mms job watch/--endpoint' 'mms job watch/--region' 'mms job watch/--source-id' 'mms job watch/--timeout' 'mms job watch/--request-timeout' 'mms job watch/--attempts' 'mms job validate/--name' 'mms job validate/--source-name' 'mms job validate/--src-db' 'mms job validate/--src-schema' 'mms job validate/--dst-db' 'mms job validate/--dst-schema' 'mms job validate/--tables' 'mms job validate/--partitions' 'mms job validate/--table-whitelist' 'mms job validate/--table-blacklist' 'mms job validate/--partition-filter' 'mms job validate/--table-mapping' 'mms job validate/--column-mapping' 'mms job validate/--others' 'mms job validate/--eta' 'mms job validate/--sort-by' 'mms job validate/--query' 'mms job validate/--report' 'mms job validate/--endpoint' 'mms job validate/--region' 'mms job validate/--source-id' 'mms job validate/--timeout' 'mms job validate/--request-timeout' 'mms job validate/--attempts' 'mms source/--endpoint' 'mms source/--region' 'mms source/--source-id' 'mms source/--timeout' 'mms source/--request-timeout' 'mms source/--attempts' 'mms source list/--name' 'mms source list/--sort-by' 'mms source list/--query' 'mms source list/--endpoint' 'mms source list/--region' 'mms source list/--source-id' 'mms source list/--timeout' 'mms source list/--request-timeout' 'mms source list/--attempts' 'mms source get/--sort-by' 'mms source get/--query' 'mms source get/--endpoint' 'mms source get/--region' 'mms source get/--source-id' 'mms source get/--timeout' 'mms source get/--request-timeout' 'mms source get/--attempts' 'mms db/--endpoint' 'mms db/--region' 'mms db/--source-id' 'mms db/--timeout' 'mms db/--request-timeout' 'mms db/--attempts' 'mms db list/--name' 'mms db list/--status' 'mms db list/--sort' 'mms db list/--page' 'mms db list/--page-size' 'mms db list/--limit' 'mms db list/--sort-by' 'mms db list/--query' 'mms db list/--endpoint' 'mms db list/--region' 'mms db list/--source-id' 'mms db list/--timeout' 'mms db list/--request-timeout' 'mms db list/--attempts' 'mms table/--endpoint' 'mms table/--region' 'mms table/--source-id' 'mms table/--timeout' 'mms table/--request-timeout' 'mms table/--attempts' 'mms table list/-d' 'mms table list/--db' 'mms table list/--name' 'mms table list/--status' 'mms table list/--type' 'mms table list/--sort' 'mms table list/--page' 'mms table list/--page-size' 'mms table list/--limit' 'mms table list/--sort-by' 'mms table list/--query' 'mms table list/--endpoint' 'mms table list/--region' 'mms table list/--source-id' 'mms table list/--timeout' 'mms table list/--request-timeout' 'mms table list/--attempts' 'mms partition/--endpoint' 'mms partition/--region' 'mms partition/--source-id' 'mms partition/--timeout' 'mms partition/--request-timeout' 'mms partition/--attempts' 'mms partition list/-d' 'mms partition list/--db' 'mms partition list/-t' 'mms partition list/--table' 'mms partition list/--value' 'mms partition list/--status' 'mms partition list/--sort' 'mms partition list/--page' 'mms partition list/--page-size' 'mms partition list/--limit' 'mms partition list/--sort-by' 'mms partition list/--query' 'mms partition list/--endpoint' 'mms partition list/--region' 'mms partition list/--source-id' 'mms partition list/--timeout' 'mms partition list/--request-timeout' 'mms partition list/--attempts' 'mms emulator/--port' 'mms emulator/--speed' 'mms emulator/--faults' 'mms emulator/--access-key-id' 'mms emulator/--endpoint' 'mms emulator/--region' 'mms emulator/--source-id' 'mms emulator/--timeout' 'mms emulator/--request-timeout' 'mms emulator/--attempts' 'mms completion/--endpoint' 'mms completion/--region' 'mms completion/--source-id' 'mms completion/--timeout' 'mms completion/--request-timeout' 'mms completion/--attempts' 'mms help/--endpoint' 'mms help/--region' 'mms help/--source-id' 'mms help/--timeout' 'mms help/--request-timeout' 'mms help/--attempts'
            printf '%s\n' 'any'
        case 'mms job create/-f' 'mms job create/--filename' 'mms job validate/-f' 'mms job validate/--filename'
            printf '%s\n' 'specfiles'
        case 'mms job create/--task-type' 'mms job create/-o' 'mms job create/--output' 'mms job list/--status' 'mms job list/--sort' 'mms job list/-o' 'mms job list/--output' 'mms job watch/-o' 'mms job watch/--output' 'mms job validate/--task-type' 'mms job validate/-o' 'mms job validate/--output' 'mms source list/--type' 'mms source list/-o' 'mms source list/--output' 'mms source get/-o' 'mms source get/--output' 'mms db list/-o' 'mms db list/--output' 'mms table list/-o' 'mms table list/--output' 'mms partition list/-o' 'mms partition list/--output'
            printf '%s\n' 'words'
        case 'mms job create/--columns' 'mms job list/--columns' 'mms job validate/--columns' 'mms source list/--columns' 'mms source get/--columns' 'mms db list/--columns' 'mms table list/--columns' 'mms partition list/--columns'
            printf '%s\n' 'list'
        case 'mms emulator/--state' 'mms emulator/--catalog'
            printf '%s\n' 'files'
    end
end

# The words a value completes to.
function _mms_words
    switch "$argv[1]/$argv[2]"
        case 'mms job create/--task-type' 'mms job validate/--task-type'
            printf '%s\n' 'HIVE' 'BIGQUERY'
        case 'mms job create/-o' 'mms job create/--output' 'mms job list/-o' 'mms job list/--output' 'mms job validate/-o' 'mms job validate/--output' 'mms source list/-o' 'mms source list/--output' 'mms source get/-o' 'mms source get/--output' 'mms db list/-o' 'mms db list/--output' 'mms table list/-o' 'mms table list/--output' 'mms partition list/-o' 'mms partition list/--output'
            printf '%s\n' 'table' 'wide' 'json' 'yaml' 'csv' 'tsv' 'name'
        case 'mms job create/--columns' 'mms job validate/--columns' 'mms source get/--columns' 'mms db list/--columns' 'mms table list/--columns' 'mms partition list/--columns'
            printf '%s\n' 'id' 'name' 'source' 'src-db' 'dst-project' 'type' 'status' 'progress' 'created' 'source-id' 'src-schema' 'dst-schema' 'eta' 'stopped' 'config' 'region' 'dbs' 'tables' 'partitions' 'agent-online' 'network' 'dst-projects' 'updated' 'error' 'job-id' 'running' 'started' 'ended' 'file' 'async-task' 'result' 'message' 'action' 'method' 'endpoint' 'path' 'body' 'spec' 'errors' 'warnings'
        case 'mms job list/--status'
            printf '%s\n' 'INIT' 'DOING' 'DONE' 'FAILED'
        case 'mms job list/--sort'
            printf '%s\n' 'status:asc' 'status:desc'
        case 'mms job list/--columns'
            printf '%s\n' 'id' 'name' 'source' 'src-db' 'dst-project' 'type' 'status' 'progress' 'created' 'source-id' 'src-schema' 'dst-schema' 'eta' 'stopped' 'config'
        case 'mms job watch/-o' 'mms job watch/--output'
            printf '%s\n' 'json'
        case 'mms source list/--type'
            printf '%s\n' 'HIVE' 'BIGQUERY' 'MAXCOMPUTE'
        case 'mms source list/--columns'
            printf '%s\n' 'id' 'name' 'type' 'region' 'status' 'dst-project' 'dbs' 'tables' 'partitions' 'agent-online' 'network' 'dst-projects' 'updated' 'created' 'error'
        case 'mms completion/#0'
            printf '%s\n' 'bash' 'zsh' 'fish'
    end
end

# How the Nth parameter of a command is completed.
function _mms_positional
    switch "$argv[1]/$argv[2]"
        case 'mms job watch/#*' 'mms source get/#0'
            printf '%s\n' 'any'
        case 'mms completion/#0'
            printf '%s\n' 'words'
        case 'mms help/#*'
            printf '%s\n' 'commands'
    end
end

# The profile names --profile takes: the built-in local, those of the mms config file and of the aliyun CLI's.
function __mms_profiles
    echo local
    set -l config_home $XDG_CONFIG_HOME
    test -n "$config_home"; or set config_home $HOME/.config
    set -l config $config_home/mms/config.yaml
    if test -r $config
        awk '/^profiles:[[:space:]]*(#.*)?$/ { inside = 1; indent = -1; next }
             inside && /^[^[:space:]#]/ { inside = 0 }
             inside && /^[[:space:]]+[^[:space:]#]/ {
               match($0, /^[[:space:]]+/); n = RLENGTH
               if (indent < 0) indent = n
               if (n == indent) { key = substr($0, n + 1); sub(/[[:space:]]*:.*/, "", key); gsub(/["\']/, "", key); print key }
             }' $config 2>/dev/null
    end
    if test -r $HOME/.aliyun/config.json
        grep -o '"name"[[:space:]]*:[[:space:]]*"[^"]*"' $HOME/.aliyun/config.json 2>/dev/null | sed 's/.*"\([^"]*\)"$/\1/'
    end
end

# Completes the token under the cursor: walks the tokens before it to find the command and whether an option
# waits for its value, then prints candidates (with a tab and a summary where there is one).
function __mms_complete
    set -l tokens (commandline -opc)
    set -l cur (commandline -ct)
    set -l cmdpath mms
    set -l expect
    set -l positional
    for w in $tokens[2..-1]
        if test -n "$expect"
            set expect
            continue
        end
        switch $w
            case '-*=*'
            case '-*'
                if test -n "$(_mms_action $cmdpath $w)"
                    set expect $w
                end
            case '*'
                set -l sub (_mms_resolve $cmdpath $w)
                if test -n "$sub"; and test (count $positional) -eq 0
                    set cmdpath "$cmdpath $sub"
                else
                    set -a positional $w
                end
        end
    end
    set -l opt
    set -l action
    set -l before ''
    if test -n "$expect"
        set opt $expect
        set action (_mms_action $cmdpath $opt)
    else if string match -q -- '-*=*' $cur
        set opt (string split -m1 = -- $cur)[1]
        set action (_mms_action $cmdpath $opt)
        set before "$opt="
        set cur (string split -m1 = -- $cur)[2]
    else if string match -q -- '-*' $cur
        set action options
    else if test -n "$(_mms_subcommands $cmdpath)"; and test (count $positional) -eq 0
        set action subcommands
    else
        set opt "#"(count $positional)
        set action (_mms_positional $cmdpath $opt)
        if test -z "$action"; and test -z "$cur"
            set action options
        end
    end
    switch "$action"
        case options
            _mms_options $cmdpath
        case subcommands
            _mms_subcommands $cmdpath
        case words
            _mms_words $cmdpath $opt | string replace -r '^' -- "$before"
        case list
            set -l head (string match -r '^.*,' -- $cur)
            _mms_words $cmdpath $opt | string replace -r '^' -- "$before$head"
        case profiles
            __mms_profiles | sort -u | string replace -r '^' -- "$before"
        case commands
            set -l target mms
            for p in $positional
                set target "$target "(_mms_resolve $target $p)
            end
            _mms_subcommands $target
        case specfiles
            for f in $cur*
                if test -d $f
                    echo $before$f/
                else if string match -qr '\.(yaml|yml|json)$' -- $f
                    echo $before$f
                end
            end
        case files
            for f in $cur*
                test -d $f; and echo $before$f/; or echo $before$f
            end
        case directories
            for f in $cur*
                test -d $f; and echo $before$f/
            end
    end
end

complete -c mms -f -a '(__mms_complete)'
