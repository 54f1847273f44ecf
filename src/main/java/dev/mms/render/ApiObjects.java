package dev.mms.render;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Jackson set up to write the API records with exactly the API's fields, for the json and yaml formats. */
final class ApiObjects {

    private ApiObjects() {
    }

    /**
     * Ignores {@code isX()} helpers such as {@code Job.isFinished()}: Jackson would otherwise add a {@code finished}
     * field that the API does not have, and scripts would start to depend on it.
     */
    static <M extends ObjectMapper> M configure(M mapper) {
        mapper.setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE);
        return mapper;
    }
}
