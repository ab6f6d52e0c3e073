package org.sargas.server.report;

import java.util.ListResourceBundle;

/** The words of the HTML incident report in Lithuanian (keys as {@link ReportText}). */
public final class ReportText_lt extends ListResourceBundle {
  @Override
  protected Object[][] getContents() {
    return new Object[][] {
      {"lang", "lt"},
      {"datetime.pattern", "yyyy-MM-dd HH:mm:ss 'UTC'"},
      {"title", "Incidentas {0}"},
      {"heading", "Oro erdvės pažeidimas {0}"},
      {"summary.entered", "Objektas {0} įskrido į {1} {2}"},
      {"summary.enteredFrom", "Objektas {0} įskrido į {1} iš {3} {2}"},
      {"summary.stillInside", " (vis dar viduje)"},
      {"summary.left", ", išskrido {0}"},
      {"summary.depth", "; didžiausias gylis {0} m (95 %: {1}–{2} m)."},
      {"map", "Žemėlapis"},
      {
        "map.note",
        "Šešėliuoti skrituliai: 2σ horizontalioji objekto padėties neapibrėžtis. Laikas nurodytas UTC."
      },
      {"timeline", "Laiko juosta"},
      {"facts", "Faktai"},
      {"marker.entry", "įskridimas"},
      {"marker.exit", "išskridimas"},
      {"marker.maxDepth", "didžiausias gylis {0} m"},
      {"mark.firstPoint", "pirmasis objekto taškas"},
      {"mark.entry", "įskridimas"},
      {"mark.maxDepth", "didžiausias gylis"},
      {"mark.exit", "išskridimas"},
      {"mark.lastPoint", "paskutinis objekto taškas"},
      {"fact.violationId", "Pažeidimas"},
      {"fact.trackId", "Objektas"},
      {"fact.zone", "Zona"},
      {"fact.zoneKind", "Zonos rūšis"},
      {"fact.entryTime", "Įskridimo laikas"},
      {"fact.entryTimeS", "Įskridimo laikas (s nuo 1970 m., UTC)"},
      {"fact.entryLat", "Įskridimo platuma (°)"},
      {"fact.entryLon", "Įskridimo ilguma (°)"},
      {"fact.exitTime", "Išskridimo laikas"},
      {"fact.exitTimeS", "Išskridimo laikas (s nuo 1970 m., UTC)"},
      {"fact.exitLat", "Išskridimo platuma (°)"},
      {"fact.exitLon", "Išskridimo ilguma (°)"},
      {"fact.durationS", "Trukmė (s)"},
      {"fact.maxDepthM", "Didžiausias gylis (m)"},
      {"fact.maxDepthTime", "Didžiausio gylio laikas"},
      {"fact.maxDepthTimeS", "Didžiausio gylio laikas (s nuo 1970 m., UTC)"},
      {"fact.maxDepthLat", "Didžiausio gylio platuma (°)"},
      {"fact.maxDepthLon", "Didžiausio gylio ilguma (°)"},
      {"fact.maxDepthLow95M", "Didžiausias gylis, 95 % apatinė riba (m)"},
      {"fact.maxDepthHigh95M", "Didžiausias gylis, 95 % viršutinė riba (m)"},
      {"fact.originCountry", "Atskrido iš"},
      {"fact.exitCountry", "Išskrido į"},
      {"fact.probability", "Tikimybė"},
      {"fact.status", "Būsena"},
      {"fact.identity", "Standartinė tapatybė (STANAG 1241) įskridimo metu"},
      {"fact.identityReasons", "Identifikavimo kriterijai"},
      {"fact.identitySetBy", "Tapatybę nustatė operatorius"},
      {"fact.identitySetAt", "Tapatybė nustatyta"},
      {
        "identity.note",
        "Standartinė tapatybė yra identifikacija pagal mazgo identifikavimo kriterijus (arba operatoriaus), o ne leidimas naikinti."
      },
      {"identity.PENDING", "laukiama"},
      {"identity.UNKNOWN", "nežinomas"},
      {"identity.ASSUMED_FRIEND", "tariamai draugiškas"},
      {"identity.FRIEND", "draugiškas"},
      {"identity.NEUTRAL", "neutralus"},
      {"identity.SUSPECT", "įtariamas"},
      {"identity.HOSTILE", "priešiškas"},
      {"identity.JOKER", "džokeris"},
      {"identity.FAKER", "apsimetėlis"},
      {"fact.trackPoints", "Objekto taškai"},
      {"fact.entryTimeLow95", "Įskridimo laikas, 95 % intervalas nuo"},
      {"fact.entryTimeHigh95", "Įskridimo laikas, 95 % intervalas iki"},
      {"fact.exitTimeLow95", "Išskridimo laikas, 95 % intervalas nuo"},
      {"fact.exitTimeHigh95", "Išskridimo laikas, 95 % intervalas iki"},
      {"fact.basis", "Duomenys išmatuoti pagal"},
      {"basis.FILTERED", "filtruotą (realaus laiko) trajektoriją"},
      {"basis.SMOOTHED", "išlygintą trajektoriją (fiksuoto vėlavimo Rauch–Tung–Striebel)"},
      {
        "map.paths",
        "Ištisinė raudona: filtruota (realaus laiko) trajektorija. Punktyrinė mėlyna: išlyginta trajektorija. Duomenys išmatuoti pagal {0}."
      },
      {"status.CONFIRMED", "patvirtintas"},
      {"status.POSSIBLE", "galimas"},
      {
        "footer",
        "Sugeneravo Sargas iš mazgo incidentų saugyklos. Įrodymų paketas: <code>sargas evidence export</code>."
      },
    };
  }
}
