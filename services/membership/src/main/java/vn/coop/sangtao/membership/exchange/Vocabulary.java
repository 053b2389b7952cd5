package vn.coop.sangtao.membership.exchange;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The words a sheet may use for the values of one enum: its constant names and the Vietnamese
 * words people write, compared like headers ({@link Words#key}). The first Vietnamese word of
 * each value is the one an export in Vietnamese writes.
 */
public final class Vocabulary<E extends Enum<E>> {

    private final Map<String, E> byWord = new HashMap<>();
    private final Map<E, String> vietnamese = new HashMap<>();

    private Vocabulary(Class<E> type) {
        for (E value : type.getEnumConstants()) {
            byWord.put(Words.key(value.name()), value);
        }
    }

    public static <E extends Enum<E>> Vocabulary<E> of(Class<E> type) {
        return new Vocabulary<>(type);
    }

    /** Adds Vietnamese words for {@code value}; the first is how exports write it. */
    public Vocabulary<E> with(E value, String... words) {
        vietnamese.putIfAbsent(value, words[0]);
        List.of(words).forEach(word -> byWord.put(Words.key(word), value));
        return this;
    }

    public Optional<E> read(String word) {
        return Optional.ofNullable(byWord.get(Words.key(word)));
    }

    /** The word an export writes for {@code value}; null stays a blank cell. */
    public String write(E value, boolean inVietnamese) {
        if (value == null) {
            return null;
        }
        return inVietnamese ? vietnamese.getOrDefault(value, value.name()) : value.name();
    }
}
