package dev.mms.emulator;

import com.aliyun.teaopenapi.models.Config;
import com.aliyun.teaopenapi.models.Params;

/** The official SDK core (tea-openapi) pointed at an emulator, as the reference client of the emulator's tests. */
final class OfficialSdk {

    private OfficialSdk() {
    }

    /** The SDK's configuration for {@code server}: the emulator's default key id with {@code secret}, plain HTTP. */
    static Config config(EmulatorServer server, String secret) {
        return new Config().setAccessKeyId(EmulatorConfig.DEFAULT_ACCESS_KEY_ID).setAccessKeySecret(secret)
                .setEndpoint(server.endpoint()).setProtocol("HTTP");
    }

    static com.aliyun.teaopenapi.Client client(EmulatorServer server, String secret) throws Exception {
        return new com.aliyun.teaopenapi.Client(config(server, secret));
    }

    /** One MMS operation as the SDK describes it: ROA style, JSON both ways, API version 2022-01-04. */
    static Params params(String action, String method, String path) {
        return new Params().setAction(action).setVersion("2022-01-04").setProtocol("HTTPS").setPathname(path)
                .setMethod(method).setAuthType("AK").setStyle("ROA").setReqBodyType("json").setBodyType("json");
    }
}
