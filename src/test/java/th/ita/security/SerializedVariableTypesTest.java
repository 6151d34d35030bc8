package th.ita.security;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import th.ita.measure.MeasureService;
import th.ita.support.TestUsers;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A serialized variable names the class it becomes; anyone who may set a variable (Tasklist, engine REST) could
 * name a gadget class. The engine deserialises only types on its allow-list.
 */
@SpringBootTest
@ActiveProfiles("test")
class SerializedVariableTypesTest {

    @Autowired MeasureService measureService;
    @Autowired RuntimeService runtimeService;
    @Autowired TestUsers users;

    @Test
    void jsonVariableOfAClassOutsideTheAllowList_isNotDeserialised_whileAListOfStringsStillIs() {
        String pi = measureService.start("ตัวแปร " + UUID.randomUUID(), List.of("finance"), users.user("coordinator"));
        runtimeService.setVariable(pi, "gadget", Variables.serializedObjectValue("\"http://example.org/\"")
                .serializationDataFormat(Variables.SerializationDataFormats.JSON).objectTypeName("java.net.URL").create());
        runtimeService.setVariable(pi, "names", Variables.serializedObjectValue("[\"finance\"]")
                .serializationDataFormat(Variables.SerializationDataFormats.JSON)
                .objectTypeName("java.util.ArrayList<java.lang.String>").create());

        assertThatThrownBy(() -> runtimeService.getVariable(pi, "gadget"))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("java.net.URL");
        assertThat(runtimeService.getVariable(pi, "names")).isEqualTo(List.of("finance"));
    }
}
