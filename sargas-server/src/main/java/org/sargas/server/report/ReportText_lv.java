package org.sargas.server.report;

import java.util.ListResourceBundle;

/** The words of the HTML incident report in Latvian (keys as {@link ReportText}). */
public final class ReportText_lv extends ListResourceBundle {
  @Override
  protected Object[][] getContents() {
    return new Object[][] {
      {"lang", "lv"},
      {"datetime.pattern", "dd.MM.yyyy. HH:mm:ss 'UTC'"},
      {"title", "Incidents {0}"},
      {"heading", "Gaisa telpas pārkāpums {0}"},
      {"summary.entered", "Objekts {0} ielidoja zonā {1} {2}"},
      {"summary.enteredFrom", "Objekts {0} ielidoja zonā {1} no {3} puses {2}"},
      {"summary.stillInside", " (joprojām iekšā)"},
      {"summary.left", ", izlidoja {0}"},
      {"summary.depth", "; maksimālais dziļums {0} m (95 %: {1}–{2} m)."},
      {"map", "Karte"},
      {
        "map.note",
        "Iekrāsotie apļi: objekta horizontālās atrašanās vietas nenoteiktība (2σ). Laiks norādīts UTC."
      },
      {"timeline", "Laika josla"},
      {"facts", "Fakti"},
      {"marker.entry", "ielidošana"},
      {"marker.exit", "izlidošana"},
      {"marker.maxDepth", "maks. dziļums {0} m"},
      {"mark.firstPoint", "objekta pirmais punkts"},
      {"mark.entry", "ielidošana"},
      {"mark.maxDepth", "maks. dziļums"},
      {"mark.exit", "izlidošana"},
      {"mark.lastPoint", "objekta pēdējais punkts"},
      {"fact.violationId", "Pārkāpums"},
      {"fact.trackId", "Objekts"},
      {"fact.zone", "Zona"},
      {"fact.zoneKind", "Zonas veids"},
      {"fact.entryTime", "Ielidošanas laiks"},
      {"fact.entryTimeS", "Ielidošanas laiks (s kopš 1970. g., UTC)"},
      {"fact.entryLat", "Ielidošanas platums (°)"},
      {"fact.entryLon", "Ielidošanas garums (°)"},
      {"fact.exitTime", "Izlidošanas laiks"},
      {"fact.exitTimeS", "Izlidošanas laiks (s kopš 1970. g., UTC)"},
      {"fact.exitLat", "Izlidošanas platums (°)"},
      {"fact.exitLon", "Izlidošanas garums (°)"},
      {"fact.durationS", "Ilgums (s)"},
      {"fact.maxDepthM", "Maksimālais dziļums (m)"},
      {"fact.maxDepthTime", "Maksimālā dziļuma laiks"},
      {"fact.maxDepthTimeS", "Maksimālā dziļuma laiks (s kopš 1970. g., UTC)"},
      {"fact.maxDepthLat", "Maksimālā dziļuma platums (°)"},
      {"fact.maxDepthLon", "Maksimālā dziļuma garums (°)"},
      {"fact.maxDepthLow95M", "Maksimālais dziļums, 95 % apakšējā robeža (m)"},
      {"fact.maxDepthHigh95M", "Maksimālais dziļums, 95 % augšējā robeža (m)"},
      {"fact.originCountry", "Ielidoja no"},
      {"fact.exitCountry", "Izlidoja uz"},
      {"fact.probability", "Varbūtība"},
      {"fact.status", "Statuss"},
      {"fact.identity", "Standarta identitāte (STANAG 1241) ielidojot"},
      {"fact.identityReasons", "Identifikācijas kritēriji"},
      {"fact.identitySetBy", "Identitāti iestatīja operators"},
      {"fact.identitySetAt", "Identitāte iestatīta"},
      {
        "identity.note",
        "Standarta identitāte ir identifikācija pēc mezgla identifikācijas kritērijiem (vai operatora), nevis atļauja iznīcināt."
      },
      {"identity.PENDING", "gaida"},
      {"identity.UNKNOWN", "nezināms"},
      {"identity.ASSUMED_FRIEND", "pieņemts draudzīgs"},
      {"identity.FRIEND", "draudzīgs"},
      {"identity.NEUTRAL", "neitrāls"},
      {"identity.SUSPECT", "aizdomīgs"},
      {"identity.HOSTILE", "naidīgs"},
      {"identity.JOKER", "džokers"},
      {"identity.FAKER", "viltotājs"},
      {"fact.trackPoints", "Objekta punkti"},
      {"fact.entryTimeLow95", "Ielidošanas laiks, 95 % intervāls no"},
      {"fact.entryTimeHigh95", "Ielidošanas laiks, 95 % intervāls līdz"},
      {"fact.exitTimeLow95", "Izlidošanas laiks, 95 % intervāls no"},
      {"fact.exitTimeHigh95", "Izlidošanas laiks, 95 % intervāls līdz"},
      {"fact.basis", "Rādītāji izmērīti pēc"},
      {"basis.FILTERED", "filtrētās (reāllaika) trajektorijas"},
      {"basis.SMOOTHED", "izlīdzinātās trajektorijas (fiksētas aiztures Rauch–Tung–Striebel)"},
      {
        "map.paths",
        "Nepārtraukta sarkana: filtrētā (reāllaika) trajektorija. Raustīta zila: izlīdzinātā trajektorija. Rādītāji izmērīti pēc {0}."
      },
      {"status.CONFIRMED", "apstiprināts"},
      {"status.POSSIBLE", "iespējams"},
      {
        "footer",
        "Sagatavoja Sargas no mezgla incidentu krātuves. Pierādījumu pakete: <code>sargas evidence export</code>."
      },
    };
  }
}
