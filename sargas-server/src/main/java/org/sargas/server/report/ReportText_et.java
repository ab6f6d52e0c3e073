package org.sargas.server.report;

import java.util.ListResourceBundle;

/** The words of the HTML incident report in Estonian (keys as {@link ReportText}). */
public final class ReportText_et extends ListResourceBundle {
  @Override
  protected Object[][] getContents() {
    return new Object[][] {
      {"lang", "et"},
      {"datetime.pattern", "dd.MM.yyyy HH:mm:ss 'UTC'"},
      {"title", "Intsident {0}"},
      {"heading", "Õhuruumi rikkumine {0}"},
      {"summary.entered", "Objekt {0} sisenes tsooni {1} {2}"},
      {"summary.enteredFrom", "Objekt {0} sisenes tsooni {1} {3} suunalt {2}"},
      {"summary.stillInside", " (endiselt sees)"},
      {"summary.left", ", väljus {0}"},
      {"summary.depth", "; suurim sügavus {0} m (95 %: {1}–{2} m)."},
      {"map", "Kaart"},
      {
        "map.note",
        "Varjutatud kettad: objekti horisontaalasendi määramatus (2σ). Ajad on UTC järgi."
      },
      {"timeline", "Ajatelg"},
      {"facts", "Faktid"},
      {"marker.entry", "sisenemine"},
      {"marker.exit", "väljumine"},
      {"marker.maxDepth", "suurim sügavus {0} m"},
      {"mark.firstPoint", "objekti esimene punkt"},
      {"mark.entry", "sisenemine"},
      {"mark.maxDepth", "suurim sügavus"},
      {"mark.exit", "väljumine"},
      {"mark.lastPoint", "objekti viimane punkt"},
      {"fact.violationId", "Rikkumine"},
      {"fact.trackId", "Objekt"},
      {"fact.zone", "Tsoon"},
      {"fact.zoneKind", "Tsooni liik"},
      {"fact.entryTime", "Sisenemise aeg"},
      {"fact.entryTimeS", "Sisenemise aeg (s alates 1970, UTC)"},
      {"fact.entryLat", "Sisenemise laius (°)"},
      {"fact.entryLon", "Sisenemise pikkus (°)"},
      {"fact.exitTime", "Väljumise aeg"},
      {"fact.exitTimeS", "Väljumise aeg (s alates 1970, UTC)"},
      {"fact.exitLat", "Väljumise laius (°)"},
      {"fact.exitLon", "Väljumise pikkus (°)"},
      {"fact.durationS", "Kestus (s)"},
      {"fact.maxDepthM", "Suurim sügavus (m)"},
      {"fact.maxDepthTime", "Suurima sügavuse aeg"},
      {"fact.maxDepthTimeS", "Suurima sügavuse aeg (s alates 1970, UTC)"},
      {"fact.maxDepthLat", "Suurima sügavuse laius (°)"},
      {"fact.maxDepthLon", "Suurima sügavuse pikkus (°)"},
      {"fact.maxDepthLow95M", "Suurim sügavus, 95 % alampiir (m)"},
      {"fact.maxDepthHigh95M", "Suurim sügavus, 95 % ülempiir (m)"},
      {"fact.originCountry", "Saabus riigist"},
      {"fact.exitCountry", "Lahkus riiki"},
      {"fact.probability", "Tõenäosus"},
      {"fact.status", "Olek"},
      {"fact.identity", "Standardidentiteet (STANAG 1241) sisenemisel"},
      {"fact.identityReasons", "Tuvastuskriteeriumid"},
      {"fact.identitySetBy", "Identiteedi määras operaator"},
      {"fact.identitySetAt", "Identiteet määratud"},
      {
        "identity.note",
        "Standardidentiteet on tuvastus sõlme tuvastuskriteeriumide (või operaatori) järgi, mitte luba hävitamiseks."
      },
      {"identity.PENDING", "ootel"},
      {"identity.UNKNOWN", "tundmatu"},
      {"identity.ASSUMED_FRIEND", "oletatav sõber"},
      {"identity.FRIEND", "sõber"},
      {"identity.NEUTRAL", "neutraalne"},
      {"identity.SUSPECT", "kahtlane"},
      {"identity.HOSTILE", "vaenulik"},
      {"identity.JOKER", "jokker"},
      {"identity.FAKER", "võltsija"},
      {"fact.trackPoints", "Objekti punkte"},
      {"fact.entryTimeLow95", "Sisenemise aeg, 95 % vahemik alates"},
      {"fact.entryTimeHigh95", "Sisenemise aeg, 95 % vahemik kuni"},
      {"fact.exitTimeLow95", "Väljumise aeg, 95 % vahemik alates"},
      {"fact.exitTimeHigh95", "Väljumise aeg, 95 % vahemik kuni"},
      {"fact.basis", "Näitajad on mõõdetud"},
      {"basis.FILTERED", "filtreeritud (reaalajas) trajektooril"},
      {"basis.SMOOTHED", "silutud trajektooril (fikseeritud viitega Rauch–Tung–Striebel)"},
      {
        "map.paths",
        "Pidev punane: filtreeritud (reaalajas) trajektoor. Katkendlik sinine: silutud trajektoor. Näitajad on mõõdetud {0}."
      },
      {"status.CONFIRMED", "kinnitatud"},
      {"status.POSSIBLE", "võimalik"},
      {
        "footer",
        "Koostas Sargas sõlme intsidentide andmehoidlast. Tõendipakett: <code>sargas evidence export</code>."
      },
    };
  }
}
