package com.csptransition.notification;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Provider;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.URLName;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A mail server inside the test: Spring's JavaMailSenderImpl hands it each message as it would an SMTP server (after
 * its own header handling, Message-ID included), and it keeps them. Each node gets its own sender, named.
 */
final class TestMailServer {

    record Received(String node, String to, String subject, String messageId) {
    }

    private static final String SERVER = "test.mail.server";
    private static final String NODE = "test.mail.node";

    final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    volatile boolean refusing;
    volatile Duration delay = Duration.ZERO;
    volatile Runnable onReceive = () -> {
    };

    JavaMailSenderImpl senderFor(String node) {
        Properties properties = new Properties();
        properties.put(SERVER, this);
        properties.put(NODE, node);
        Session session = Session.getInstance(properties);
        session.addProvider(new Provider(Provider.Type.TRANSPORT, "testmail", Inbox.class.getName(), "test", "1"));
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setSession(session);
        sender.setProtocol("testmail");
        return sender;
    }

    List<Received> snapshot() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    public static class Inbox extends Transport {

        public Inbox(Session session, URLName url) {
            super(session, url);
        }

        @Override
        protected boolean protocolConnect(String host, int port, String user, String password) {
            return true;
        }

        @Override
        public void sendMessage(Message message, Address[] recipients) throws MessagingException {
            TestMailServer server = (TestMailServer) session.getProperties().get(SERVER);
            if (server.refusing) {
                throw new MessagingException("connection refused");
            }
            try {
                Thread.sleep(server.delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            server.received.add(new Received((String) session.getProperties().get(NODE), recipients[0].toString(),
                    message.getSubject(), message.getHeader("Message-ID")[0]));
            server.onReceive.run();
        }
    }
}
