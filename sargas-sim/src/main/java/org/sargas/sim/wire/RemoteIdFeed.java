package org.sargas.sim.wire;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.sargas.formats.remoteid.RemoteIdDecoder;
import org.sargas.formats.remoteid.RemoteIdEncoder;
import org.sargas.formats.remoteid.RemoteIdIdType;
import org.sargas.formats.remoteid.RemoteIdUaType;
import org.sargas.model.observation.GeodeticMeasurement;
import org.sargas.model.observation.Observation;

/**
 * One simulated Remote ID receiver on the wire: each broadcast it heard (an observation of the
 * scenario's Remote ID receiver) is sent, at its event time on a {@link ScaledClock}, as one UDP
 * datagram holding an ASTM F3411-22a Message Pack — Basic ID (serial number, multirotor),
 * Location/Vector (position, geodetic height, horizontal accuracy category from the broadcast's
 * error) and, when the operator position is known, System. This is the framing {@code serve}'s
 * {@code REMOTE_ID} inputs read (docs/serve.md).
 */
public final class RemoteIdFeed {
  /** F3411-22a horizontal accuracy categories 1..12 as 95 % bounds, metres. */
  private static final double[] HORIZONTAL_95_M = {
    18520, 7408, 3704, 1852, 926, 555.6, 185.2, 92.6, 30, 10, 3, 1
  };

  private final InetSocketAddress target;
  private final byte[] basic = new byte[RemoteIdDecoder.MESSAGE_OCTETS];
  private final byte[] location = new byte[RemoteIdDecoder.MESSAGE_OCTETS];
  private final byte[] system = new byte[RemoteIdDecoder.MESSAGE_OCTETS];
  private final byte[] pack = new byte[3 + 3 * RemoteIdDecoder.MESSAGE_OCTETS];
  private long datagrams;

  /**
   * @param target where datagrams go
   */
  public RemoteIdFeed(InetSocketAddress target) {
    this.target = target;
  }

  /**
   * The datagram of one heard broadcast (also used headless, without a socket).
   *
   * @param eventTime the broadcast's time as sent (shifted for a looping demo)
   */
  public byte[] datagram(Observation o, Instant eventTime) {
    GeodeticMeasurement m = (GeodeticMeasurement) o.measurement();
    String serial = o.identity() == null ? null : o.identity().remoteIdSerial();
    List<byte[]> msgs = new ArrayList<>(3);
    if (serial != null) {
      RemoteIdEncoder.basicId(
          RemoteIdIdType.SERIAL_NUMBER, RemoteIdUaType.HELICOPTER_OR_MULTIROTOR, serial, basic, 0);
      msgs.add(basic);
    }
    var t = eventTime.atOffset(ZoneOffset.UTC);
    int tenths = (t.getMinute() * 60 + t.getSecond()) * 10 + t.getNano() / 100_000_000;
    RemoteIdEncoder.location(
        m.position().latDeg(),
        m.position().lonDeg(),
        o.altitudeM(),
        Double.NaN,
        Double.NaN,
        Double.NaN,
        accuracyCategory(m.sigmaHorizontalM()),
        tenths,
        location,
        0);
    msgs.add(location);
    if (o.identity() != null && o.identity().operatorPosition() != null) {
      RemoteIdEncoder.system(
          o.identity().operatorPosition().latDeg(),
          o.identity().operatorPosition().lonDeg(),
          eventTime.getEpochSecond() - RemoteIdDecoder.EPOCH_2019_S,
          system,
          0);
      msgs.add(system);
    }
    int n = RemoteIdEncoder.messagePack(msgs, pack, 0);
    return java.util.Arrays.copyOf(pack, n);
  }

  /** The finest category whose 95 % bound still covers 2 σ (0 when even 10 NM does not). */
  static int accuracyCategory(double sigmaM) {
    int cat = 0;
    for (int i = 0; i < HORIZONTAL_95_M.length; i++) {
      if (HORIZONTAL_95_M[i] >= 2 * sigmaM) {
        cat = i + 1;
      }
    }
    return cat;
  }

  /**
   * Sends the receiver's observations (ascending event time) from {@code from} to {@code to}
   * (unshifted), each shifted by {@code shift}, pacing on {@code clock}; stops early when
   * interrupted.
   */
  public void send(
      DatagramChannel channel,
      List<Observation> observations,
      Instant from,
      Instant to,
      Duration shift,
      ScaledClock clock)
      throws IOException {
    for (Observation o : observations) {
      if (o.time().isBefore(from) || !o.time().isBefore(to)) {
        continue;
      }
      Instant at = o.time().plus(shift);
      if (!clock.sleepUntil(at)) {
        return;
      }
      channel.send(ByteBuffer.wrap(datagram(o, at)), target);
      datagrams++;
    }
  }

  /** Datagrams sent. */
  public long datagrams() {
    return datagrams;
  }
}
