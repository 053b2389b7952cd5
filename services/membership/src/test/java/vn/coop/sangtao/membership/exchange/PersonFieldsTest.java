package vn.coop.sangtao.membership.exchange;

import org.junit.jupiter.api.Test;

import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The people sheet must accept exactly what the API's registration accepts. */
class PersonFieldsTest {

    @Test
    void shouldCarryTheConstraintsOfTheApisRegistrationRequestWhenEitherChanges() throws Exception {
        Class<?> request = Class.forName("vn.coop.sangtao.membership.person.web.RegisterPersonRequest");
        for (RecordComponent field : PersonFields.class.getRecordComponents()) {
            assertThat(constraints(PersonFields.class, field.getName()))
                    .as(field.getName()).isEqualTo(constraints(request, field.getName()));
        }
    }

    private static Set<Annotation> constraints(Class<?> type, String field) throws NoSuchFieldException {
        return Arrays.stream(type.getDeclaredField(field).getAnnotations())
                .filter(a -> a.annotationType().getPackageName().startsWith("jakarta.validation"))
                .collect(Collectors.toSet());
    }
}
