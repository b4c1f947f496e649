package dev.abmbridge.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import com.sforce.soap.partner.Field;
import com.sforce.soap.partner.FieldType;
import org.junit.jupiter.api.Test;

class SalesforceValueFitterTest {

    private static Field field(FieldType type, int length, int precision, int scale) {
        Field f = new Field();
        f.setName("X__c");
        f.setType(type);
        f.setLength(length);
        f.setPrecision(precision);
        f.setScale(scale);
        return f;
    }

    @Test
    void textIsCutToTheFieldLengthWithoutSplittingACharacter() {
        Field text = field(FieldType.string, 5, 0, 0);
        assertThat(SalesforceValueFitter.fit(text, "abcdefgh")).isEqualTo("abcde");
        assertThat(SalesforceValueFitter.fit(text, "abc")).isEqualTo("abc");
        assertThat(SalesforceValueFitter.fit(text, "ab\uD83D\uDE00cdef")).isEqualTo("ab\uD83D\uDE00cd");
    }

    @Test
    void numbersAreRoundedToTheScaleAndHeldWithinThePrecision() {
        Field score = field(FieldType._double, 0, 3, 0);
        assertThat(SalesforceValueFitter.fit(score, "81")).isEqualTo("81");
        assertThat(SalesforceValueFitter.fit(score, "80.5")).isEqualTo("81");
        assertThat(SalesforceValueFitter.fit(score, "12345")).isEqualTo("999");
        assertThat(SalesforceValueFitter.fit(field(FieldType.percent, 0, 5, 2), "12.345")).isEqualTo("12.35");
    }

    @Test
    void aCheckboxIsTrueOrFalseNeverEmpty() {
        Field box = field(FieldType._boolean, 0, 0, 0);
        assertThat(SalesforceValueFitter.fit(box, "true")).isEqualTo("true");
        assertThat(SalesforceValueFitter.fit(box, null)).isEqualTo("false");
    }

    @Test
    void valuesReadBackInTheEngineForm() {
        assertThat(SalesforceValueFitter.readBack(field(FieldType._double, 0, 3, 0), "81.0")).isEqualTo("81");
        assertThat(SalesforceValueFitter.readBack(field(FieldType._double, 0, 3, 0), "1.0E2")).isEqualTo("100");
        assertThat(SalesforceValueFitter.readBack(field(FieldType.percent, 0, 5, 2), "12.50")).isEqualTo("12.5");
        assertThat(SalesforceValueFitter.readBack(field(FieldType._boolean, 0, 0, 0), "TRUE")).isEqualTo("true");
        assertThat(SalesforceValueFitter.readBack(field(FieldType.string, 80, 0, 0), "")).isNull();
        assertThat(SalesforceValueFitter.readBack(field(FieldType.string, 80, 0, 0), null)).isNull();
    }
}
