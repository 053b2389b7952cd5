package vn.coop.sangtao.platform.text;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * Reads JSON strings in Unicode NFC, so that "Đoàn" typed with combining marks and with precomposed
 * letters is stored and compared as one value. Anything that is not a JSON string (an object such as
 * {@code {"$gt": ""}}, a number, a boolean) is refused for a text field.
 */
public class NfcStringDeserializer extends StdScalarDeserializer<String> {

    public NfcStringDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) {
        if (p.hasToken(JsonToken.VALUE_STRING)) {
            return Text.nfc(p.getString());
        }
        return (String) ctxt.handleUnexpectedToken(String.class, p);
    }
}
