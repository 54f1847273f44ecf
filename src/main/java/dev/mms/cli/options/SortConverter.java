package dev.mms.cli.options;

import dev.mms.api.Sort;
import dev.mms.cli.UsageException;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --sort FIELD[:asc|desc]}; a bad order is picocli's usage error, naming the option. */
public final class SortConverter implements ITypeConverter<Sort> {

    @Override
    public Sort convert(String value) {
        try {
            return Sort.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("'" + value + "': " + e.getMessage() + " (e.g. size:desc)");
        }
    }

    /** The sort, if its field is one this operation sorts by (as the user may type it in any case). */
    public static Sort require(Sort sort, String... fields) {
        if (sort == null) {
            return null;
        }
        for (String field : fields) {
            if (field.equalsIgnoreCase(sort.field())) {
                return new Sort(field, sort.order());
            }
        }
        throw new UsageException("--sort cannot order by '" + sort.field() + "'; use one of: "
                + String.join(", ", List.of(fields)));
    }
}
