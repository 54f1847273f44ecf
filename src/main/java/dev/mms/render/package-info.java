/**
 * Rendering of results on stdout, free of picocli: {@link dev.mms.render.Renderer#open} gives a streaming
 * {@link dev.mms.render.ItemWriter} for the {@code -o} format in {@link dev.mms.render.RenderOptions}.
 *
 * <p>Decisions a user can notice:
 * <ul>
 *   <li>{@code table} shows the default columns, {@code wide} adds the rest; {@code csv} and {@code tsv} always carry
 *       the wide set, so scripts get every column without knowing about {@code -o wide}. {@code --columns} may pick
 *       any column of the wide set, for every row format; an unknown name is an error whatever the format.</li>
 *   <li>A missing value is {@code -} in tables (people keep their place in the row) and empty in csv/tsv
 *       (programs see "no value").</li>
 *   <li>Colour and progress bars appear only when {@link dev.mms.render.RenderOptions#color()} is on; json, yaml,
 *       csv, tsv and name are byte-for-byte the same on a terminal and in a pipe.</li>
 *   <li>{@code json} and {@code yaml} write the API's own objects and field names, one array or sequence however many
 *       pages are written; an empty list is {@code []}.</li>
 *   <li>Table cells never carry control characters: tab and newline show as {@code \t} and {@code \n}, others as
 *       {@code ?}, so a job name cannot move the cursor or start a new row.</li>
 *   <li>Nothing here prints to stderr: the paging footer ({@link dev.mms.render.PagingFooter}) and "No jobs found"
 *       are for the caller to print there.</li>
 * </ul>
 */
package dev.mms.render;
