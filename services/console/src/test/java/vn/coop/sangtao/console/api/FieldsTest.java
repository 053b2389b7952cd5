package vn.coop.sangtao.console.api;

import org.junit.jupiter.api.Test;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.context.expression.MapAccessor;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FieldsTest {

    @Test
    void shouldReadAFieldTheServiceLeftOutAsNullAtAnyDepth() {
        Object answer = Fields.wrap(Map.of("title", "Sấy lúa", "authors", List.of(Map.of("name", "HTX Gia Trấn"))));
        StandardEvaluationContext context = new StandardEvaluationContext(answer);
        context.addPropertyAccessor(new MapAccessor());
        SpelExpressionParser parser = new SpelExpressionParser();

        assertThat(parser.parseExpression("title").getValue(context)).isEqualTo("Sấy lúa");
        assertThat(parser.parseExpression("decision").getValue(context)).isNull();
        assertThat(parser.parseExpression("authors[0].name").getValue(context)).isEqualTo("HTX Gia Trấn");
        assertThat(parser.parseExpression("authors[0].unitName").getValue(context)).isNull();
    }
}
