package org.dyad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.dyad.model.CameoCode;
import org.dyad.pipeline.PipelineConfig;
import org.junit.jupiter.api.Test;

class QuadClassesTest {
  @Test
  void gdeltAndPhoenixGroupTheBorderRootsDifferently() {
    QuadClasses gdelt = QuadClasses.builtIn("gdelt");
    QuadClasses phoenix = QuadClasses.builtIn("phoenix");
    assertThat(gdelt.of("010")).isEqualTo(1);
    assertThat(phoenix.of("010")).as("statements are neutral in Phoenix").isZero();
    assertThat(gdelt.of("091")).isEqualTo(2);
    assertThat(phoenix.of("091")).isEqualTo(3);
    assertThat(gdelt.of("141")).isEqualTo(3);
    assertThat(phoenix.of("141")).isEqualTo(4);
    assertThat(gdelt.of("190")).isEqualTo(phoenix.of("190")).isEqualTo(4);
  }

  @Test
  void aCodebookTakesTheSchemeAndKeepsEverythingElse() {
    CameoCodebook gdelt = CameoCodebook.builtIn();
    CameoCodebook phoenix = gdelt.withQuadClasses(QuadClasses.builtIn("phoenix"));
    CameoCode g = gdelt.lookup("091").orElseThrow();
    CameoCode p = phoenix.lookup("091").orElseThrow();
    assertThat(g.quadClass()).isEqualTo(2);
    assertThat(p.quadClass()).isEqualTo(3);
    assertThat(p.goldstein()).isEqualTo(g.goldstein());
    assertThat(p.plover()).isEqualTo(g.plover()).isEqualTo("INVESTIGATE");
  }

  @Test
  void everyCodeCarriesItsPloverTypeExceptStatements() {
    CameoCodebook b = CameoCodebook.builtIn();
    assertThat(b.lookup("041").map(CameoCode::plover)).contains("CONSULT");
    assertThat(b.lookup("0871").map(CameoCode::plover)).contains("RETREAT");
    assertThat(b.lookup("1384").map(CameoCode::plover)).contains("THREATEN");
    assertThat(b.lookup("010").map(CameoCode::plover)).contains("");
  }

  @Test
  void anUnknownSchemeIsRejectedWithTheChoices() {
    assertThatThrownBy(() -> PipelineConfig.defaults().withQuadClasses("icews"))
        .hasMessageContaining("icews").hasMessageContaining("gdelt").hasMessageContaining("phoenix");
    assertThat(PipelineConfig.defaults().quadClasses()).isEqualTo("gdelt");
    assertThat(Optional.of(PipelineConfig.defaults().withQuadClasses("phoenix").quadClasses())).contains("phoenix");
  }
}
