package dev.tandem.system;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the person who ran {@code ./tandem serve} where Tandem is and how to sign in. */
@Component
class ReadyMessage {

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
            int port = web.getWebServer().getPort();
            System.out.println();
            System.out.println("Tandem is running at http://localhost:" + port + "/");
            System.out.println("Sign in with a demo user: passwords were printed at the first start");
            System.out.println("(or set with TANDEM_DEMO_PASSWORD); ./tandem reset-password USER makes a new one.");
            System.out.println("API description: http://localhost:" + port + "/api-docs   Stop: Ctrl-C");
            System.out.println();
        }
    }
}
