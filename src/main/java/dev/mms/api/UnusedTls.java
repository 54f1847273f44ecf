package dev.mms.api;

import java.security.SecureRandom;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * The TLS context of a client that talks to an {@code http://} endpoint (the emulator): the JDK's HTTP client must
 * have one, and its default context reads and parses every CA certificate of the JVM, tries every cipher and loads
 * the crypto policy, a good part of a short command's start-up, for a connection that never uses TLS (the client
 * follows no redirect). This one does nothing until asked for TLS, and then refuses.
 */
final class UnusedTls extends SSLContext {

    private UnusedTls() {
        super(new Refusing(), null, "TLS");
    }

    static SSLContext context() {
        return new UnusedTls();
    }

    /** What the HTTP client asks of a context's parameters: none, since no connection uses them. */
    static SSLParameters parameters() {
        return new SSLParameters();
    }

    private static final class Refusing extends SSLContextSpi {

        private static IllegalStateException refused() {
            return new IllegalStateException("TLS asked of a client made for a plain http:// endpoint");
        }

        @Override
        protected void engineInit(KeyManager[] keys, TrustManager[] trust, SecureRandom random) {
            throw refused();
        }

        @Override
        protected SSLSocketFactory engineGetSocketFactory() {
            throw refused();
        }

        @Override
        protected SSLServerSocketFactory engineGetServerSocketFactory() {
            throw refused();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine() {
            throw refused();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine(String host, int port) {
            throw refused();
        }

        @Override
        protected SSLSessionContext engineGetServerSessionContext() {
            throw refused();
        }

        @Override
        protected SSLSessionContext engineGetClientSessionContext() {
            throw refused();
        }
    }
}
