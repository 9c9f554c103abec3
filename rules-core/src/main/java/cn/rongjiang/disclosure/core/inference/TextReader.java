package cn.rongjiang.disclosure.core.inference;

import cn.rongjiang.disclosure.core.model.Disclosure;
import cn.rongjiang.disclosure.core.model.PersonalInfoField;
import cn.rongjiang.disclosure.core.model.SecretLevel;
import cn.rongjiang.disclosure.core.model.Signal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads what an item's own words say about it (contract §4, "Reading the text"): secrecy,
 * internal and process markings in the title and in the head of the summary and text (their
 * first three lines, at most 200 characters: where a document carries its own marks), personal
 * identifiers and the issuer's 公开属性 anywhere.
 *
 * <p>The heads are normalised like titles ({@link TitleNormalizer}); the bodies are read in one
 * pass each, a table lookup per character ({@link TextFold}), so a long text costs time in
 * proportion to its length. Stateless and thread-safe.
 */
public final class TextReader {
    private static final int HEAD_LINES = 3;
    private static final int HEAD_CHARS = 200;

    private static final String[] LEVEL_WORDS = {"绝密", "机密", "秘密"};
    private static final SecretLevel[] LEVELS = {SecretLevel.TOP_SECRET, SecretLevel.CONFIDENTIAL, SecretLevel.SECRET};
    /** Words that make 秘密 part of another word: 商业秘密 is a trade secret, 工作秘密 an internal marking. */
    private static final String[] NOT_A_LEVEL_BEFORE = {"商业", "工作", "国家"};
    private static final String[] INTERNAL = {"仅供内部使用", "内部资料", "内部文件", "内部参考", "工作秘密", "注意保存", "不得外传"};
    /** Process markers; 会纪要 is how 局长办公会纪要 and 专题会纪要 shorten 会议纪要. */
    private static final String[] PROCESS = {"会议纪要", "会议记录", "会纪要", "讨论稿", "送审稿", "代拟稿", "初稿", "草稿",
            "请示", "磋商函", "磋商意见"};
    /** After 请示 these make the item the answer to one ("关于…请示的批复"), which is final. */
    private static final String[] ANSWER = {"的批复", "的复函", "的答复", "的回复", "批复"};
    private static final String DRAFT_FOR_COMMENT = "征求意见稿";
    /** Phrases that offer a draft to the public outright; they win over the letter words. */
    private static final String[] PUBLIC_CONSULTATION = {"公开征求", "向社会征求", "征求社会公众意见", "征求公众意见"};
    /** A letter between organs about a draft: process information, not a public consultation. */
    private static final String[] LETTER = {"意见的函", "征求意见函", "修改意见"};
    /** A clause that starts with one of these cites another document instead of being one. */
    private static final String[] CITING = {"根据", "按照", "依据", "依照", "遵照", "参照", "落实", "贯彻"};
    private static final String[] CITED_AFTER = {"精神", "要求", "的精神", "的要求"};
    private static final String CLAUSE_BREAKS = "\n,，。;；:：!！?？";

    private static final String[] MARKING_VALUES = {"依申请公开", "主动公开", "公开发布", "不予公开", "不公开", "内部公开"};
    private static final Disclosure[] MARKED = {Disclosure.ON_REQUEST, Disclosure.PROACTIVE, Disclosure.PROACTIVE,
            Disclosure.WITHHELD, Disclosure.WITHHELD, Disclosure.INTERNAL_ONLY};

    private TextReader() {
    }

    /**
     * Reads the three texts (each may be null); {@code onDay} is the day an ID number's holder
     * must be 18 on to count as an adult.
     */
    public static TextReading read(String title, String summary, String text, LocalDate onDay) {
        Reading r = new Reading(onDay);
        r.markers(TitleNormalizer.normalize(title), "title", true);
        if (summary != null) {
            r.markers(head(summary), "summary", false);
        }
        if (text != null) {
            r.markers(head(text), "text", false);
        }
        r.consultation();
        r.body(title, "title");
        r.body(summary, "summary");
        r.body(text, "text");
        return r.result();
    }

    /** The first three non-blank lines, at most 200 characters, each line normalised like a title. */
    static String head(String s) {
        StringBuilder head = new StringBuilder();
        int lines = 0;
        int from = 0;
        int limit = Math.min(s.length(), HEAD_CHARS);
        while (lines < HEAD_LINES && from < limit) {
            int nl = s.indexOf('\n', from);
            int to = nl < 0 || nl > limit ? limit : nl;
            String line = TitleNormalizer.normalize(s.substring(from, to));
            if (!line.isEmpty()) {
                head.append(line).append('\n');
                lines++;
            }
            from = to + 1;
        }
        return head.toString();
    }

    /** The facts and signals of one item, gathered field by field. */
    private static final class Reading {
        final LocalDate onDay;
        final List<Signal> signals = new ArrayList<>();
        SecretLevel level = SecretLevel.NONE;
        Signal undetermined;
        boolean internal;
        boolean process;
        Signal draftForComment;
        Signal publicConsultation;
        Signal letter;
        final Set<PersonalInfoField> fields = EnumSet.noneOf(PersonalInfoField.class);
        boolean minors;
        boolean consultation;
        Disclosure marked;
        boolean titleHasIdentifier;

        Reading(LocalDate onDay) {
            this.onDay = onDay;
        }

        void markers(String s, String field, boolean isTitle) {
            if (s.isEmpty()) {
                return;
            }
            secrecy(s, field, isTitle);
            for (String word : INTERNAL) {
                if (s.contains(word)) {
                    internal = true;
                    signals.add(new Signal("internalMarking", "true", field, word));
                    break;
                }
            }
            for (String word : PROCESS) {
                if (processMarker(s, word, isTitle)) {
                    process = true;
                    signals.add(new Signal("processInfo", "true", field, word));
                    break;
                }
            }
            if (draftForComment == null && s.contains(DRAFT_FOR_COMMENT)) {
                draftForComment = new Signal("openForConsultation", "true", field, DRAFT_FOR_COMMENT);
            }
            for (String word : PUBLIC_CONSULTATION) {
                if (publicConsultation == null && s.contains(word)) {
                    publicConsultation = new Signal("openForConsultation", "true", field, word);
                }
            }
            for (String word : LETTER) {
                if (letter == null && s.contains(word)) {
                    letter = new Signal("processInfo", "true", field, word);
                }
            }
        }

        private void secrecy(String s, String field, boolean isTitle) {
            for (int w = 0; w < LEVEL_WORDS.length; w++) {
                for (int k = s.indexOf(LEVEL_WORDS[w]); k >= 0; k = s.indexOf(LEVEL_WORDS[w], k + 2)) {
                    String evidence = levelMarking(s, k, isTitle);
                    if (evidence != null) {
                        if (LEVELS[w].compareTo(level) > 0) {
                            level = LEVELS[w];
                        }
                        signals.add(new Signal("secretLevel", LEVELS[w].name(), field, evidence));
                        break;
                    }
                }
            }
            if (undetermined == null) {
                String evidence = undeterminedMarking(s);
                if (evidence != null) {
                    undetermined = new Signal("secrecyUndetermined", "true", field, evidence);
                }
            }
        }

        /**
         * Where the consultation words are read in several fields, the item as a whole decides: an
         * outright public phrase, or a 征求意见稿 without letter words, is a draft offered for comment
         * (published for participation, Art. 19), unless another process marker (a 讨论稿, a 请示)
         * was read: then it is that, and stays withheld. A letter between organs is process
         * information only.
         */
        void consultation() {
            Signal offered = publicConsultation != null ? publicConsultation
                    : letter == null ? draftForComment : null;
            if (offered != null) {
                if (!process) {
                    consultation = true;
                    signals.add(offered);
                    signals.add(new Signal("processInfo", "true", offered.field(), offered.evidence()));
                }
                process = true;
            } else if (letter != null && (draftForComment != null || !letter.evidence().equals("修改意见"))) {
                if (!process) {
                    signals.add(letter);
                }
                process = true;
            }
        }

        void body(String raw, String field) {
            if (raw == null || raw.isEmpty()) {
                return;
            }
            identifiers(raw, field);
            markings(raw, field);
        }

        private void identifiers(String raw, String field) {
            Map<Identifiers.Kind, int[]> firstAndCount = new EnumMap<>(Identifiers.Kind.class);
            int[] firstMinor = {-1};
            Identifiers.scan(raw, found -> {
                int[] fc = firstAndCount.computeIfAbsent(found.kind(), k -> new int[] {found.start(), 0});
                fc[1]++;
                if (found.birthDate() != null && firstMinor[0] < 0 && found.birthDate().plusYears(18).isAfter(onDay)) {
                    firstMinor[0] = found.start();
                }
            });
            for (Map.Entry<Identifiers.Kind, int[]> e : firstAndCount.entrySet()) {
                int[] fc = e.getValue();
                fields.add(PersonalInfoField.valueOf(e.getKey().name()));
                signals.add(new Signal("personalInfoFields", e.getKey().name(), field,
                        e.getKey().name() + " at " + field + ":" + fc[0] + (fc[1] > 1 ? " and " + (fc[1] - 1) + " more" : "")));
            }
            if (firstMinor[0] >= 0) {
                minors = true;
                signals.add(new Signal("involvesMinors", "true", field, "ID_NUMBER at " + field + ":" + firstMinor[0]));
            }
            if (field.equals("title") && !firstAndCount.isEmpty()) {
                titleHasIdentifier = true;
            }
        }

        /** 此件…公开, 公开方式：…, 公开属性：…, anywhere in the text; the strictest read counts. */
        private void markings(String raw, String field) {
            for (int i = 0; i < raw.length(); i++) {
                char c = TextFold.fold(raw.charAt(i));
                int at;
                String label;
                if (c == '此') {
                    label = "此件";
                    at = match(raw, i, label);
                } else if (c == '公') {
                    label = "公开方式";
                    at = match(raw, i, label);
                    if (at < 0) {
                        label = "公开属性";
                        at = match(raw, i, label);
                    }
                    if (at >= 0) {
                        int colon = match(raw, at, ":");
                        at = colon >= 0 ? colon : at;
                        label = label + ":";
                    }
                } else {
                    continue;
                }
                if (at < 0) {
                    continue;
                }
                for (int v = 0; v < MARKING_VALUES.length; v++) {
                    if (MARKED[v] == Disclosure.PROACTIVE && MARKING_VALUES[v].equals("公开发布") && !label.equals("此件")) {
                        continue;
                    }
                    if (match(raw, at, MARKING_VALUES[v]) >= 0) {
                        if (marked == null || MARKED[v].compareTo(marked) > 0) {
                            marked = MARKED[v];
                        }
                        signals.add(new Signal("markedDisclosure", MARKED[v].name(), field, label + MARKING_VALUES[v]));
                        break;
                    }
                }
            }
        }

        TextReading result() {
            if (undetermined != null && level == SecretLevel.NONE) {
                signals.add(undetermined);
            }
            return new TextReading(level, undetermined != null && level == SecretLevel.NONE, internal,
                    process, consultation, fields, minors, marked, titleHasIdentifier, signals);
        }
    }

    /** The marking around a level word at {@code k}, or null when the word is not used as one. */
    private static String levelMarking(String s, int k, boolean isTitle) {
        for (String word : NOT_A_LEVEL_BEFORE) {
            if (k >= word.length() && s.startsWith(word, k - word.length())) {
                return null;
            }
        }
        char before = k > 0 ? s.charAt(k - 1) : 0;
        char after = k + 2 < s.length() ? s.charAt(k + 2) : 0;
        if (isStar(before) || isStar(after)) {
            int from = isStar(before) ? k - 1 : k;
            int to = k + 2;
            if (isStar(after)) {
                to++;
                while (to < s.length() && (Character.isDigit(s.charAt(to)) || "年月".indexOf(s.charAt(to)) >= 0)) {
                    to++;
                }
            }
            return s.substring(from, to);
        }
        if (k >= 3 && s.startsWith("密级:", k - 3)) {
            return s.substring(k - 3, k + 2);
        }
        if (k >= 2 && s.startsWith("密级", k - 2)) {
            return s.substring(k - 2, k + 2);
        }
        if (before == '(' && after == ')') {
            return s.substring(k - 1, k + 3);
        }
        if (isTitle && k == 0) {
            return s.substring(0, 2);
        }
        return null;
    }

    private static boolean isStar(char c) {
        return c == '★' || c == '☆';
    }

    /** 涉密, 涉及国家秘密, 是否涉密待定, unless negated (不涉密, 非涉密, 不涉及国家秘密) or asked (是否涉密). */
    private static String undeterminedMarking(String s) {
        for (String word : new String[] {"涉密", "涉及国家秘密"}) {
            for (int k = s.indexOf(word); k >= 0; k = s.indexOf(word, k + 1)) {
                char before = k > 0 ? s.charAt(k - 1) : 0;
                if (before == '不' || before == '非' || before == '未') {
                    continue;
                }
                boolean asked = k >= 2 && s.startsWith("是否", k - 2);
                if (asked) {
                    if (s.startsWith("待定", k + word.length())) {
                        return "是否" + word + "待定";
                    }
                    continue;
                }
                return word;
            }
        }
        return null;
    }

    /** Whether {@code word} occurs in {@code s} as the item's own marker, not cited or answered. */
    private static boolean processMarker(String s, String word, boolean isTitle) {
        for (int k = s.indexOf(word); k >= 0; k = s.indexOf(word, k + 1)) {
            int after = k + word.length();
            if (word.equals("请示") && startsWithAny(s, after, ANSWER)) {
                continue;
            }
            if (word.startsWith("磋商") && k >= 3 && s.startsWith("竞争性", k - 3)) {
                continue;
            }
            if (!cited(s, k, after, isTitle)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A marker that another document's name or spirit is being cited: 根据局长办公会议纪要精神. The
     * last words of a title name the title's own item, whatever came before them.
     */
    private static boolean cited(String s, int k, int after, boolean isTitle) {
        if (startsWithAny(s, after, CITED_AFTER)) {
            return true;
        }
        if (isTitle && !hasIdeographFrom(s, after)) {
            return false;
        }
        if (!isTitle && insideBookTitle(s, k)) {
            return true; // a body naming another document: 你局《关于…的请示》收悉
        }
        int clause = k;
        while (clause > 0 && CLAUSE_BREAKS.indexOf(s.charAt(clause - 1)) < 0) {
            clause--;
        }
        for (String verb : CITING) {
            int at = s.indexOf(verb, clause);
            if (at >= 0 && at < k) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideBookTitle(String s, int k) {
        return s.lastIndexOf('《', k) > s.lastIndexOf('》', k);
    }

    private static boolean hasIdeographFrom(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (Character.isIdeographic(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithAny(String s, int at, String[] words) {
        for (String w : words) {
            if (s.startsWith(w, at)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The index after {@code phrase} read in {@code raw} at {@code i} (folded; ignorable characters
     * and white space between its characters skipped), or -1.
     */
    private static int match(String raw, int i, String phrase) {
        int j = i;
        for (int p = 0; p < phrase.length(); p++) {
            while (j < raw.length() && (TextFold.ignorableWidth(raw, j) > 0 || Character.isWhitespace(raw.charAt(j)))) {
                j += Math.max(1, TextFold.ignorableWidth(raw, j));
            }
            if (j >= raw.length() || TextFold.fold(raw.charAt(j)) != phrase.charAt(p)) {
                return -1;
            }
            j++;
        }
        return j;
    }
}
