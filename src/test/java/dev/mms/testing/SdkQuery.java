package dev.mms.testing;

import com.aliyun.tea.TeaRequest;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The query string the official Java SDK sends for a request's parameters, to compare ours with. */
public final class SdkQuery {

    private SdkQuery() {
    }

    /** Flattened as openapiutil's {@code Client.query} does it, then encoded as Tea's {@code composeUrl} does. */
    public static String of(Map<String, ?> parameters) throws Exception {
        TeaRequest request = TeaRequest.create();
        request.protocol = "http";
        request.pathname = "/";
        request.headers = Map.of("host", "example.com");
        request.query = com.aliyun.openapiutil.Client.query(parameters);
        Method compose = com.aliyun.tea.Tea.class.getDeclaredMethod("composeUrl", TeaRequest.class, Map.class);
        compose.setAccessible(true);
        String url = (String) compose.invoke(null, request, Map.of());
        return url.substring(url.indexOf('?') + 1);
    }

    /** The raw {@code key=value} pairs of a query string, in order, so that two queries compare whatever their order. */
    public static TreeSet<String> pairs(String query) {
        return new TreeSet<>(List.of(query.split("&")));
    }
}
