/**
 * The suite's SMTP server: test/smtp-sink.ts on 127.0.0.1, which can go away
 * (port closed: connections refused) and come back on the same port, and
 * which remembers every message across those restarts.
 */
import { startSmtpSink, type SinkMail, type SmtpSink } from "../../test/smtp-sink";

export interface FaultySmtp {
  url: string;
  /** Every message received since the start, in order. */
  messages: SinkMail[];
  /** Closes the port: the sender's connections are refused until up(). */
  down(): Promise<void>;
  up(): Promise<void>;
  /** While true, connections are accepted but turned away with 421 at the greeting. */
  refuseAtGreeting(refuse: boolean): void;
  stop(): Promise<void>;
}

export async function startFaultySmtp(onMessage?: (mail: SinkMail) => void): Promise<FaultySmtp> {
  const messages: SinkMail[] = [];
  const options = {
    onMessage: (mail: SinkMail) => {
      messages.push(mail);
      onMessage?.(mail);
    },
  };
  let sink: SmtpSink | undefined = await startSmtpSink(options);
  const port = sink.port;
  return {
    url: sink.url,
    messages,
    async down() {
      await sink?.stop();
      sink = undefined;
    },
    async up() {
      // The port is ours but may linger a moment after close(): try again briefly.
      for (let attempt = 1; !sink; attempt++) {
        try {
          sink = await startSmtpSink({ ...options, port });
        } catch (error) {
          if (attempt >= 20) throw error;
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
      }
    },
    refuseAtGreeting(refuse) {
      sink?.refuseConnections(refuse);
    },
    async stop() {
      await sink?.stop();
      sink = undefined;
    },
  };
}
