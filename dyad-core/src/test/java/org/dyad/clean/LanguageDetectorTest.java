package org.dyad.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.dyad.model.Article;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
  private final LanguageDetector detector = new LanguageDetector();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "en|The foreign minister of Chile said on Monday that the talks with Peru had been useful and that a new round would be held in Lima after the summer.",
      "fr|Le ministre des Affaires étrangères a déclaré lundi que les discussions avec le Pérou avaient été utiles et qu'une nouvelle série aurait lieu à Lima.",
      "de|Der Außenminister sagte am Montag, dass die Gespräche mit Peru nützlich gewesen seien und eine neue Runde nach dem Sommer in Lima stattfinden werde.",
      "es|El ministro de Asuntos Exteriores dijo el lunes que las conversaciones con Perú fueron útiles y que una nueva ronda se celebrará en Lima tras el verano.",
      "it|Il ministro degli Esteri ha detto lunedì che i colloqui con il Perù sono stati utili e che un nuovo round si terrà a Lima dopo l'estate.",
      "pt|O ministro dos Negócios Estrangeiros disse na segunda-feira que as conversações com o Peru foram úteis e que uma nova ronda será realizada em Lima.",
      "nl|De minister van Buitenlandse Zaken zei maandag dat de gesprekken met Peru nuttig waren en dat er na de zomer een nieuwe ronde in Lima wordt gehouden.",
      "tr|Dışişleri bakanı pazartesi günü yaptığı açıklamada Peru ile görüşmelerin yararlı olduğunu ve yeni bir turun yazdan sonra Lima'da yapılacağını söyledi ve bu görüşmeler için çok umutlu olduğunu da ekledi.",
      "ru|Министр иностранных дел заявил в понедельник, что переговоры с Перу были полезными и что новый раунд пройдет в Лиме после лета, как и было запланировано.",
      "zh|外交部长星期一表示，与秘鲁的会谈很有成效，新一轮会谈将于夏季之后在利马举行。双方同意继续保持沟通。",
      "ja|外務大臣は月曜日、ペルーとの会談は有益だったと述べ、夏の後にリマで新たな協議を行うことを明らかにした。",
      "ar|قال وزير الخارجية يوم الاثنين إن المحادثات مع بيرو كانت مفيدة وإن جولة جديدة ستعقد في ليما بعد الصيف، في إطار الحوار بين البلدين."})
  void tellsTheMajorNewsLanguagesApart(String language, String text) {
    assertThat(detector.detect(text).language()).isEqualTo(language);
  }

  @Test
  void tooLittleTextIsUnknownAndSoCoded() {
    assertThat(detector.detect("Chile, Peru sign deal").isKnown()).isFalse();
    assertThat(detector.detect("Santiago Lima Bogota Quito Caracas Montevideo Asuncion").isKnown()).isFalse();
    LanguageFilter english = new LanguageFilter("en");
    assertThat(english.skipReason(new Article("h", "Chile, Peru sign deal"))).isEmpty();
  }

  @Test
  void theFilterSkipsOtherLanguagesWithAReasonAndAnyCodesAll() {
    Article french = new Article("fr.txt", "Le Chili et le Pérou ont signé un accord sur la pêche, selon le ministère, "
        + "qui a précisé que les discussions se poursuivront dans les prochaines semaines.");
    assertThat(new LanguageFilter("en").skipReason(french)).hasValue("language fr (not en)");
    assertThat(new LanguageFilter("fr").skipReason(french)).isEmpty();
    assertThat(new LanguageFilter(LanguageFilter.ANY).skipReason(french)).isEmpty();
  }
}
