package th.ita.forms.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import th.ita.forms.FieldType;
import th.ita.forms.FormConditions;
import th.ita.forms.FormDefinition;
import th.ita.forms.FormDefinitions;
import th.ita.forms.FormField;
import th.ita.forms.FormValidator;
import th.ita.forms.Option;
import th.ita.support.KaribuTest;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

class CamundaFormViewTest extends KaribuTest {

    @Autowired FormDefinitions forms;
    @Autowired FormValidator validator;
    @Autowired FormConditions conditions;

    @TestFactory
    Stream<DynamicTest> everyFormInFormsDir_rendersEachFieldWithItsLabel() {
        assertThat(forms.all()).isNotEmpty();
        return forms.all().stream().map(form -> DynamicTest.dynamicTest(form.id(), () -> {
            CamundaFormView view = new CamundaFormView(validator, form);
            UI.getCurrent().add(view);
            for (FormField field : form.inputFields()) {
                Component component = view.field(field.key()).orElseThrow(() -> new AssertionError(field.key()));
                assertThat(((HasLabel) component).getLabel()).as(field.key()).isEqualTo(field.label());
                assertThat(((HasValue<?, ?>) component).isRequiredIndicatorVisible()).as(field.key()).isEqualTo(field.required());
                if (field.maxLength() != null && component instanceof TextArea area) {
                    assertThat(area.getMaxLength()).isEqualTo(field.maxLength());
                }
            }
            // Untouched, the form says exactly what the server would.
            assertThat(view.validate()).isEqualTo(validator.validate(form, view.values()).isEmpty());
            UI.getCurrent().remove(view);
        }));
    }

    @Test
    void eachTypeGetsItsComponent_withHelperTextDefaultsAndValuesKeyOptions() {
        CamundaFormView view = testForm();

        assertThat(_find(view, Paragraph.class)).extracting(Paragraph::getText).containsExactly("แบบทดสอบกฎของแบบฟอร์ม");
        assertThat(view.field("projectName").orElseThrow()).isInstanceOfSatisfying(TextField.class, f -> {
            assertThat(f.getHelperText()).isEqualTo("อย่างน้อย 2 ตัวอักษร");
            assertThat(f.getMaxLength()).isEqualTo(10);
        });
        assertThat(view.field("reason").orElseThrow()).isInstanceOf(TextArea.class);
        assertThat(view.field("decision").orElseThrow()).isInstanceOf(RadioButtonGroup.class);
        assertThat(view.field("confirmed").orElseThrow()).isInstanceOf(Checkbox.class);
        assertThat(view.field("letterNo").orElseThrow()).isInstanceOfSatisfying(TextField.class,
                f -> assertThat(f.isReadOnly()).isTrue());
        assertThat(select(view, "priority").getValue()).isEqualTo("NORMAL");
        Select<String> division = select(view, "division");
        assertThat(division.getListDataView().getItems()).containsExactly("finance", "works");
        assertThat(division.getItemLabelGenerator().apply("works")).isEqualTo("กองช่าง");
        assertThat(text(view, "budget").getValue()).isEqualTo("40");
        assertThat(text(view, "dueDate").getValue()).isEqualTo("30/9/2567");
    }

    @Test
    void invalidValues_areMarkedAtTheirFieldsInThai_andValidValuesPass() {
        CamundaFormView view = testForm();
        _setValue(text(view, "projectName"), "ก");
        _setValue(text(view, "budget"), "๑๕๐");
        _setValue(text(view, "projectCode"), "IT-1234");
        _setValue(text(view, "dueDate"), "31/2/2567");

        assertThat(view.validate()).isFalse();

        assertThat(error(view, "projectName")).isEqualTo("\"ชื่อโครงการ\" ต้องมีอย่างน้อย 2 ตัวอักษร");
        assertThat(error(view, "budget")).isEqualTo("\"งบประมาณ (ล้านบาท)\" ต้องไม่เกิน 100");
        assertThat(error(view, "projectCode")).isEqualTo("\"รหัสโครงการ\" มีรูปแบบไม่ถูกต้อง");
        assertThat(error(view, "dueDate")).startsWith("\"วันที่ส่งงาน\" ต้องเป็นวันที่");
        assertThat(error(view, "decision")).isEqualTo("กรุณากรอก \"ผลการตรวจสอบ\"");
        assertThat(error(view, "confirmed")).isEqualTo("กรุณากรอก \"รับรองว่าข้อมูลถูกต้อง\"");
        assertThat(validation(view, "division").isInvalid()).isFalse();

        _setValue(text(view, "projectName"), "ถนนสะอาด");
        _setValue(text(view, "budget"), "๓๐");
        _setValue(text(view, "projectCode"), "IT-123");
        _setValue(text(view, "dueDate"), "๑/๑๐/๒๕๖๗");
        _setValue(radio(view, "decision"), "ACCEPT");
        _setValue((Checkbox) view.field("confirmed").orElseThrow(), true);

        assertThat(view.validate()).isTrue();
        assertThat(validation(view, "projectName").isInvalid()).isFalse();
        assertThat(view.values()).containsEntry("budget", 30L).containsEntry("dueDate", "2024-10-01")
                .containsEntry("decision", "ACCEPT").containsEntry("confirmed", true)
                .containsEntry("division", "finance").doesNotContainKey("reason");
    }

    @Test
    void hideCondition_togglesVisibility_asTheValuesChange() {
        CamundaFormView view = testForm();
        Component reason = view.field("reason").orElseThrow();
        Component budgetReason = view.field("budgetReason").orElseThrow();
        assertThat(reason.isVisible()).isFalse();
        assertThat(budgetReason.isVisible()).isFalse();

        _setValue(radio(view, "decision"), "RETURN");
        assertThat(reason.isVisible()).isTrue();
        assertThat(view.validate()).isFalse();
        assertThat(error(view, "reason")).isEqualTo("กรุณากรอก \"เหตุผลที่ส่งกลับ\"");

        _setValue(radio(view, "decision"), "ACCEPT");
        assertThat(reason.isVisible()).isFalse();
        assertThat(validation(view, "reason").isInvalid()).isFalse();

        _setValue(text(view, "budget"), "๘๐");
        assertThat(budgetReason.isVisible()).isTrue();
    }

    private CamundaFormView testForm() {
        FormDefinition form = new FormDefinitions("classpath*:forms-test/*.form", conditions).find("validation-rules").orElseThrow();
        assertThat(form.field("budget").orElseThrow().type()).isEqualTo(FieldType.NUMBER);
        CamundaFormView view = new CamundaFormView(validator, form,
                Map.of("budget", 40L, "dueDate", "2024-09-30", "division", "finance"),
                Map.of("divisions", List.of(new Option("กองคลัง", "finance"), new Option("กองช่าง", "works"))));
        UI.getCurrent().add(view);
        return view;
    }

    private static String error(CamundaFormView view, String key) {
        HasValidationProperties field = validation(view, key);
        assertThat(field.isInvalid()).as(key).isTrue();
        return field.getErrorMessage();
    }

    private static HasValidationProperties validation(CamundaFormView view, String key) {
        return (HasValidationProperties) view.field(key).orElseThrow();
    }

    private static TextField text(CamundaFormView view, String key) {
        return (TextField) view.field(key).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Select<String> select(CamundaFormView view, String key) {
        return (Select<String>) view.field(key).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<String> radio(CamundaFormView view, String key) {
        return (RadioButtonGroup<String>) view.field(key).orElseThrow();
    }
}
