package th.ita.support;

import java.nio.charset.StandardCharsets;

/** Plan files for tests: small, in the same YAML as the demo plan. */
public final class TestPlans {

    private TestPlans() {
    }

    /**
     * A plan of the current fiscal year ({@link TestYears}) of {@code organisation} with measures a and b; its IIT section
     * lists {@code iitMeasures}.
     */
    public static byte[] smallPlan(String organisation, String iitMeasures) {
        return smallPlan(organisation, iitMeasures, TestYears.current().buddhistYear());
    }

    /** The same plan of another fiscal year. */
    public static byte[] smallPlan(String organisation, String iitMeasures, int fiscalYear) {
        return """
                organisation: { nameTh: "%s", district: ทดสอบ, province: ทดสอบ }
                fiscalYear: %d
                guidelines:
                  "2": [เปิดเผยข้อมูลการใช้งบประมาณ]
                measures:
                  - { key: a, text: มาตรการเปิดเผยข้อมูลการใช้งบประมาณ, indicators: [2], divisions: [finance] }
                  - { key: b, text: มาตรการตรวจสอบการใช้ทรัพย์สิน, indicators: [4], divisions: [works, office] }
                sections:
                  - instrument: IIT
                    weaknesses: [การใช้งบประมาณ]
                    approaches: [ประกาศแผนการใช้งบประมาณ]
                    measures: %s
                """.formatted(organisation, fiscalYear, iitMeasures).getBytes(StandardCharsets.UTF_8);
    }
}
