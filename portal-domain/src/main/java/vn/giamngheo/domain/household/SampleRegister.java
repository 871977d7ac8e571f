package vn.giamngheo.domain.household;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Predicate;
import vn.giamngheo.domain.household.HouseholdMember.Person;
import vn.giamngheo.domain.household.HouseholdMember.Sex;
import vn.giamngheo.domain.standard.AnswerKind;
import vn.giamngheo.domain.standard.AreaType;
import vn.giamngheo.domain.standard.Classification;
import vn.giamngheo.domain.standard.DeprivationIndicator;
import vn.giamngheo.domain.standard.HouseholdAnswers;
import vn.giamngheo.domain.standard.PovertyStandard;
import vn.giamngheo.domain.standard.PovertyStatus;

/**
 * Realistic, made-up household registers for demonstrations and for the province-size data set:
 * households with their members (Vietnamese names, dates of birth, ethnicity, relation to the head,
 * citizen ID numbers, health insurance, schooling, occupation) and a survey for every year they are
 * on the register (income per person and an answer to every indicator of the standard), classified
 * by {@link PovertyStandard#classify}. A commune's poor rate follows the rate asked for, falling
 * year by year, while some households escape, a few become poor and a few fall back.
 *
 * <p>The same seed, standard and commune always give the same register. ID numbers are unique
 * across communes of different {@link Commune#number()}s.
 */
public final class SampleRegister {
  /** Thanh Hóa's code in citizen ID numbers (the place of birth registration). */
  static final String PROVINCE_OF_BIRTH = "038";

  static final String DEPENDANTS = "NGUOI_PHU_THUOC";
  static final String HEALTH_INSURANCE = "BAO_HIEM_Y_TE";
  static final String NUTRITION = "DINH_DUONG";
  static final String CHILDREN_AT_SCHOOL = "TRE_EM_DI_HOC";
  static final String ADULT_EDUCATION = "TRINH_DO_GIAO_DUC";

  /** The lowest poor rate the register keeps to, in percent. */
  static final double LOWEST_RATE = 1.0;

  /** How common each deprivation is among deprived households (others weigh 1). */
  private static final Map<String, Integer> DEPRIVATION_WEIGHTS =
      Map.ofEntries(
          Map.entry("VIEC_LAM", 6),
          Map.entry(HEALTH_INSURANCE, 5),
          Map.entry(ADULT_EDUCATION, 4),
          Map.entry("NHA_TIEU", 5),
          Map.entry("CHAT_LUONG_NHA", 3),
          Map.entry("DIEN_TICH_NHA", 2),
          Map.entry("NUOC_SINH_HOAT", 3),
          Map.entry("TIEP_CAN_THONG_TIN", 2),
          Map.entry("DICH_VU_VIEN_THONG", 1),
          Map.entry(NUTRITION, 2),
          Map.entry(CHILDREN_AT_SCHOOL, 1));

  /** Ethnic mixes of Thanh Hóa's communes: name to share. */
  public static final Map<String, Double> KINH_MAJORITY =
      mix("Kinh", 0.97, "Mường", 0.02, "Thái", 0.01);

  public static final Map<String, Double> MUONG_MAJORITY =
      mix("Mường", 0.72, "Kinh", 0.25, "Thái", 0.02, "Dao", 0.01);

  public static final Map<String, Double> THAI_MAJORITY =
      mix("Thái", 0.62, "Mường", 0.18, "Kinh", 0.12, "H'Mông", 0.05, "Dao", 0.03);

  /**
   * What to generate for one commune.
   *
   * @param number a number of the commune unique in the province (0–999): it keeps ID numbers apart
   * @param codePrefix household codes are the prefix, "-" and a running number
   * @param households how many households are on the register at the end of the first year
   * @param villages how many villages they live in
   * @param poorRate the poor rate of the first year, percent of households
   * @param yearlyDrop how many points the poor rate falls each year
   * @param ethnicities the commune's ethnic mix, name to share
   */
  public record Commune(
      int number,
      String codePrefix,
      int households,
      int villages,
      AreaType areaType,
      double poorRate,
      double yearlyDrop,
      Map<String, Double> ethnicities) {
    public Commune {
      if (number < 0 || number > 999) {
        throw new IllegalArgumentException("commune number out of 0..999: " + number);
      }
      if (households < 1 || villages < 1) {
        throw new IllegalArgumentException("a register needs households and villages");
      }
      if (poorRate < LOWEST_RATE || poorRate > 30) {
        throw new IllegalArgumentException("poor rate out of 1..30%: " + poorRate);
      }
      Objects.requireNonNull(areaType);
      ethnicities = Collections.unmodifiableMap(new LinkedHashMap<>(ethnicities));
    }

    /** The poor rate asked for in the {@code index}-th year (0 for the first). */
    public double poorRate(int index) {
      return Math.max(LOWEST_RATE, poorRate - yearlyDrop * index);
    }
  }

  /** One year's survey of a household and how the standard classifies it. */
  public record Survey(int year, HouseholdAnswers answers, Classification classification) {
    public PovertyStatus status() {
      return classification.status();
    }
  }

  /**
   * A generated household: its village (0-based, of the commune's villages), its members (the head
   * first) and a survey for each year it is on the register at the year's end.
   */
  public record SampleHousehold(
      String code,
      int village,
      AreaType areaType,
      String ethnicity,
      LocalDate registeredOn,
      LocalDate leftOn,
      List<Person> members,
      SortedMap<Integer, Survey> surveys) {
    public String headName() {
      return members.get(0).fullName();
    }

    /** Whether the household is on the register at the end of {@code year}. */
    public boolean presentAtEndOf(int year) {
      LocalDate end = LocalDate.of(year, 12, 31);
      return !registeredOn.isAfter(end) && (leftOn == null || leftOn.isAfter(end));
    }

    /** The latest survey: what the register keeps as the household's current answers. */
    public Survey latest() {
      return surveys.get(surveys.lastKey());
    }
  }

  private final PovertyStandard standard;
  private final List<DeprivationIndicator> indicators;
  private final long seed;

  public SampleRegister(PovertyStandard standard, long seed) {
    this.standard = Objects.requireNonNull(standard);
    this.indicators = standard.indicators();
    this.seed = seed;
  }

  /**
   * The commune's register from {@code firstYear} to {@code lastYear}: the households present at
   * the end of the first year, those that come later (about 1% a year) and those that leave (about
   * 0.7% a year, kept with the date they left).
   */
  public List<SampleHousehold> generate(Commune commune, int firstYear, int lastYear) {
    if (lastYear < firstYear) {
      throw new IllegalArgumentException("no years");
    }
    SplittableRandom random = new SplittableRandom(seed * 1_000_003L + commune.number());
    IdNumberSequence ids = new IdNumberSequence(commune.number());
    List<Draft> drafts = new ArrayList<>();
    for (int i = 0; i < commune.households(); i++) {
      drafts.add(draft(random, commune, LocalDate.of(firstYear - 1 - random.nextInt(20), 1, 1)));
    }
    for (int year = firstYear + 1; year <= lastYear; year++) {
      int newcomers = (int) Math.round(commune.households() * 0.01);
      for (int i = 0; i < newcomers; i++) {
        drafts.add(draft(random, commune, dayIn(random, year)));
      }
      for (Draft draft : drafts) {
        if (draft.leftOn == null
            && draft.registeredOn.getYear() < year
            && random.nextDouble() < 0.007) {
          draft.leftOn = dayIn(random, year);
        }
      }
    }
    // Where each household stands: the lower, the poorer. Years move it a little.
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      order.add(i);
    }
    shuffle(order, random);
    for (int rank = 0; rank < order.size(); rank++) {
      drafts.get(order.get(rank)).standing = (rank + 0.5) / order.size();
    }
    for (int year = firstYear; year <= lastYear; year++) {
      survey(drafts, commune, year, year - firstYear, random);
    }
    List<SampleHousehold> households = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      Draft draft = drafts.get(i);
      households.add(draft.finish(commune, "%s-%05d".formatted(commune.codePrefix(), i + 1), ids));
    }
    return households;
  }

  /** Classifies the households present at the year's end so that the poor rate is the one asked. */
  private void survey(
      List<Draft> drafts, Commune commune, int year, int index, SplittableRandom random) {
    List<Draft> present = new ArrayList<>();
    for (Draft draft : drafts) {
      if (index > 0) {
        draft.standing = Math.min(1, Math.max(0, draft.standing + random.nextGaussian() * 0.02));
      }
      if (draft.presentAtEndOf(year)) {
        present.add(draft);
      }
    }
    present.sort(Comparator.comparingDouble(d -> d.standing));
    double poorRate = commune.poorRate(index);
    int poor = (int) Math.ceil(poorRate / 100 * present.size());
    int nearPoor = (int) Math.round((0.6 * poorRate + 1.5) / 100 * present.size());
    int average = (int) Math.round(0.18 * present.size());
    for (int i = 0; i < present.size(); i++) {
      PovertyStatus wanted =
          i < poor
              ? PovertyStatus.POOR
              : i < poor + nearPoor
                  ? PovertyStatus.NEAR_POOR
                  : i < poor + nearPoor + average ? PovertyStatus.AVERAGE : PovertyStatus.NONE;
      Draft draft = present.get(i);
      HouseholdAnswers answers = answers(draft, commune.areaType(), wanted, year, random);
      draft.surveys.put(year, new Survey(year, answers, standard.classify(answers)));
    }
  }

  private HouseholdAnswers answers(
      Draft draft, AreaType area, PovertyStatus wanted, int year, SplittableRandom random) {
    long line = standard.povertyLine(area);
    long average = standard.averageLine(area);
    long income =
        switch (wanted) {
          case POOR, NEAR_POOR -> roundThousands(line * (0.45 + 0.55 * random.nextDouble()));
          case AVERAGE ->
              roundThousands(line + 1000 + (average - line - 1000) * random.nextDouble());
          case NONE -> roundThousands(average + 1000 + average * 2.5 * random.nextDouble());
        };
    income = Math.min(income, wanted == PovertyStatus.AVERAGE ? average : Long.MAX_VALUE);
    int minimum = standard.getPoorMinDeprivations();
    int count =
        switch (wanted) {
          case POOR -> minimum + weighted(random, 5, 3, 2, 1);
          case NEAR_POOR, AVERAGE -> weighted(random, 3, 3, 2) % minimum;
          case NONE -> weighted(random, 6, 1) % minimum;
        };
    List<Person> members = draft.membersIn(year);
    List<DeprivationIndicator> candidates = new ArrayList<>();
    java.util.Set<String> deprived = new java.util.HashSet<>();
    for (DeprivationIndicator indicator : indicators) {
      if (indicator.getCode().equals(DEPENDANTS)) {
        if (indicator.deprives(dependantShare(members, year))) {
          deprived.add(DEPENDANTS);
        }
      } else if (eligible(indicator.getCode(), members, year)) {
        candidates.add(indicator);
      }
    }
    while (deprived.size() < count && !candidates.isEmpty()) {
      DeprivationIndicator pick = pickWeighted(candidates, random);
      candidates.remove(pick);
      deprived.add(pick.getCode());
    }
    Map<String, BigDecimal> answers = new TreeMap<>();
    for (DeprivationIndicator indicator : indicators) {
      String code = indicator.getCode();
      answers.put(
          code,
          code.equals(DEPENDANTS)
              ? dependantShare(members, year)
              : answer(indicator, deprived.contains(code), random));
    }
    return new HouseholdAnswers(area, income, answers);
  }

  private static boolean eligible(String code, List<Person> members, int year) {
    Predicate<Integer> age =
        switch (code) {
          case NUTRITION -> a -> a < 16;
          case CHILDREN_AT_SCHOOL -> a -> a >= 3 && a <= 15;
          case ADULT_EDUCATION -> a -> a >= 16 && a <= 30;
          case HEALTH_INSURANCE -> a -> a >= 6;
          default -> a -> true;
        };
    return members.stream().anyMatch(m -> age.test(year - m.birthDate().getYear()));
  }

  /** Dependants (under 15 or over 60) as a share of all members, in percent. */
  static BigDecimal dependantShare(List<Person> members, int year) {
    long dependants = members.stream().filter(m -> dependant(m, year)).count();
    return plain(
        BigDecimal.valueOf(dependants * 100)
            .divide(BigDecimal.valueOf(members.size()), 2, RoundingMode.HALF_UP));
  }

  private static boolean dependant(Person member, int year) {
    int age = year - member.birthDate().getYear();
    return age < 15 || age > 60;
  }

  /** An answer the indicator accepts that is, or is not, a deprivation by its rule. */
  static BigDecimal answer(DeprivationIndicator indicator, boolean deprived, SplittableRandom r) {
    BigDecimal threshold = indicator.getThreshold();
    boolean above =
        switch (indicator.getComparator()) {
          case GT, GE -> deprived;
          case LT, LE -> !deprived;
        };
    boolean inclusive =
        switch (indicator.getComparator()) {
          case GE, LE -> deprived;
          case GT, LT -> !deprived;
        };
    AnswerKind kind = indicator.getAnswerKind();
    BigDecimal step = kind == AnswerKind.NUMBER ? new BigDecimal("0.1") : BigDecimal.ONE;
    BigDecimal edge =
        inclusive ? threshold : above ? threshold.add(step) : threshold.subtract(step);
    if (kind != AnswerKind.NUMBER) {
      edge = above ? edge.setScale(0, RoundingMode.CEILING) : edge.setScale(0, RoundingMode.FLOOR);
    }
    BigDecimal spread =
        switch (kind) {
          case YES_NO -> BigDecimal.ZERO;
          case COUNT -> BigDecimal.valueOf(r.nextInt(2));
          case NUMBER -> BigDecimal.valueOf(r.nextInt(1, 250), 1);
        };
    BigDecimal value = above ? edge.add(spread) : edge.subtract(spread);
    if (kind == AnswerKind.NUMBER && !above) {
      // a measure below the line: between half of it and the line (a floor area, a share)
      value =
          edge.multiply(BigDecimal.valueOf(50 + r.nextInt(51), 2)).setScale(1, RoundingMode.DOWN);
    }
    if (kind == AnswerKind.YES_NO) {
      value = value.min(BigDecimal.ONE);
    }
    return plain(value.max(BigDecimal.ZERO));
  }

  /** 8 rather than 8.0 or 8E+0; 7.5 as it is. */
  static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  private static DeprivationIndicator pickWeighted(
      List<DeprivationIndicator> candidates, SplittableRandom random) {
    int total = 0;
    for (DeprivationIndicator c : candidates) {
      total += DEPRIVATION_WEIGHTS.getOrDefault(c.getCode(), 1);
    }
    int pick = random.nextInt(total);
    for (DeprivationIndicator c : candidates) {
      pick -= DEPRIVATION_WEIGHTS.getOrDefault(c.getCode(), 1);
      if (pick < 0) {
        return c;
      }
    }
    return candidates.get(candidates.size() - 1);
  }

  /** 0, 1, 2 ... with the given weights. */
  private static int weighted(SplittableRandom random, int... weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int pick = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      pick -= weights[i];
      if (pick < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  private static long roundThousands(double amount) {
    return Math.round(amount / 1000) * 1000;
  }

  private static LocalDate dayIn(SplittableRandom random, int year) {
    return LocalDate.ofYearDay(year, 1 + random.nextInt(LocalDate.of(year, 1, 1).lengthOfYear()));
  }

  private static <T> void shuffle(List<T> list, SplittableRandom random) {
    for (int i = list.size() - 1; i > 0; i--) {
      Collections.swap(list, i, random.nextInt(i + 1));
    }
  }

  private static Map<String, Double> mix(Object... pairs) {
    Map<String, Double> shares = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      shares.put((String) pairs[i], (Double) pairs[i + 1]);
    }
    return Collections.unmodifiableMap(shares);
  }

  /** A household as it is being made: its people, its standing and its surveys. */
  private static final class Draft {
    final int village;
    final LocalDate registeredOn;
    LocalDate leftOn;
    double standing;
    final String ethnicity;
    final boolean dependantHeavy;
    final List<Drafted> people;
    final SortedMap<Integer, Survey> surveys = new TreeMap<>();

    Draft(
        int village,
        LocalDate registeredOn,
        String ethnicity,
        boolean dependantHeavy,
        List<Drafted> people) {
      this.village = village;
      this.registeredOn = registeredOn;
      this.ethnicity = ethnicity;
      this.dependantHeavy = dependantHeavy;
      this.people = people;
    }

    boolean presentAtEndOf(int year) {
      LocalDate end = LocalDate.of(year, 12, 31);
      return !registeredOn.isAfter(end) && (leftOn == null || leftOn.isAfter(end));
    }

    /** The members as they were in {@code year}: those born by then. */
    List<Person> membersIn(int year) {
      List<Person> members = new ArrayList<>();
      for (Drafted p : people) {
        if (p.birthDate.getYear() <= year) {
          members.add(p.toPerson());
        }
      }
      return members;
    }

    SampleHousehold finish(Commune commune, String code, IdNumberSequence ids) {
      Survey latest = surveys.isEmpty() ? null : surveys.get(surveys.lastKey());
      int year = latest == null ? registeredOn.getYear() : latest.year();
      BigDecimal uninsured =
          latest == null
              ? BigDecimal.ZERO
              : latest.answers().answers().getOrDefault(HEALTH_INSURANCE, BigDecimal.ZERO);
      boolean childOut =
          latest != null
              && latest.classification().deprivations().stream()
                  .anyMatch(d -> d.indicatorCode().equals(CHILDREN_AT_SCHOOL));
      int leftUninsured = uninsured.intValue();
      List<Person> members = new ArrayList<>();
      for (Drafted p : people) {
        int age = year - p.birthDate.getYear();
        boolean insured = true;
        if (leftUninsured > 0 && age >= 6) {
          insured = false;
          leftUninsured--;
        }
        String schooling = p.schooling(age);
        if (childOut && age >= 3 && age <= 15) {
          schooling = "Bỏ học";
          childOut = false;
        }
        members.add(
            new Person(
                p.name,
                p.birthDate,
                p.sex,
                p.ethnicity,
                p.relation,
                ids.next(p.birthDate, p.sex),
                insured,
                schooling,
                p.occupation(age)));
      }
      return new SampleHousehold(
          code,
          village,
          commune.areaType(),
          ethnicity,
          registeredOn,
          leftOn,
          List.copyOf(members),
          Collections.unmodifiableSortedMap(surveys));
    }
  }

  /** A person as drafted: name, birth, relation; insurance and ID number come at the end. */
  private record Drafted(
      String name, LocalDate birthDate, Sex sex, String ethnicity, String relation) {
    Person toPerson() {
      return new Person(name, birthDate, sex, ethnicity, relation, null, true, "", "");
    }

    String schooling(int age) {
      if (age < 3) {
        return "";
      }
      if (age < 6) {
        return "Mầm non";
      }
      if (age < 11) {
        return "Tiểu học";
      }
      if (age < 15) {
        return "Trung học cơ sở";
      }
      if (age < 18) {
        return "Trung học phổ thông";
      }
      return switch (Math.floorMod(name.hashCode(), 10)) {
        case 0, 1 -> "Tiểu học";
        case 2, 3, 4, 5 -> "Trung học cơ sở";
        case 6, 7, 8 -> "Trung học phổ thông";
        default -> "Trung cấp, cao đẳng";
      };
    }

    String occupation(int age) {
      if (age < 6) {
        return "";
      }
      if (age < 18) {
        return "Học sinh";
      }
      if (age > 65) {
        return "Già yếu";
      }
      return OCCUPATIONS.get(Math.floorMod(name.hashCode() * 31 + age, OCCUPATIONS.size()));
    }
  }

  private static final List<String> OCCUPATIONS =
      List.of(
          "Làm ruộng",
          "Làm ruộng",
          "Làm ruộng",
          "Trồng rừng",
          "Làm thuê",
          "Công nhân",
          "Buôn bán nhỏ",
          "Lao động tự do",
          "Chăn nuôi",
          "Nội trợ");

  private Draft draft(SplittableRandom random, Commune commune, LocalDate registeredOn) {
    int village = random.nextInt(commune.villages());
    String ethnicity = pick(commune.ethnicities(), random);
    boolean dependantHeavy = random.nextInt(100) < 12;
    int year = Math.max(registeredOn.getYear(), 2021);
    List<Drafted> people = new ArrayList<>();
    boolean maleHead = random.nextInt(100) < 82;
    Sex headSex = maleHead ? Sex.MALE : Sex.FEMALE;
    String family = Names.family(ethnicity, random);
    int headAge =
        dependantHeavy && random.nextBoolean() ? 61 + random.nextInt(20) : 24 + random.nextInt(38);
    people.add(person(random, family, headSex, ethnicity, "Chủ hộ", year - headAge));
    boolean spouse = random.nextInt(100) < 80;
    if (spouse) {
      Sex sex = maleHead ? Sex.FEMALE : Sex.MALE;
      String spouseEthnicity =
          random.nextInt(10) == 0 ? pick(commune.ethnicities(), random) : ethnicity;
      int age = Math.max(20, headAge - 5 + random.nextInt(9));
      people.add(
          person(
              random,
              Names.family(spouseEthnicity, random),
              sex,
              spouseEthnicity,
              maleHead ? "Vợ" : "Chồng",
              year - age));
    }
    int adults = (int) people.stream().filter(p -> year - p.birthDate.getYear() <= 60).count();
    int children;
    if (dependantHeavy) {
      children = adults + 1 + random.nextInt(2);
    } else {
      children = headAge > 55 ? 1 + random.nextInt(2) : weighted(random, 1, 2, 4, 3, 2);
      if (headAge <= 40) {
        children = Math.min(children, adults);
      }
    }
    String childFamily = maleHead ? family : Names.family(ethnicity, random);
    for (int i = 0; i < children; i++) {
      Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
      int parentAge = headAge > 60 ? 30 : headAge;
      int age = random.nextInt(Math.max(1, Math.min(14, parentAge - 18)) + 1);
      if (!dependantHeavy && headAge > 40) {
        age = 15 + random.nextInt(Math.max(1, Math.min(20, headAge - 38)));
      }
      String relation = headAge > 60 && age < 15 ? "Cháu" : "Con";
      people.add(person(random, childFamily, sex, ethnicity, relation, year - age));
    }
    if (!dependantHeavy && random.nextInt(100) < 15 && headAge <= 55) {
      int age = 61 + random.nextInt(25);
      people.add(
          person(
              random,
              family,
              random.nextBoolean() ? Sex.MALE : Sex.FEMALE,
              ethnicity,
              random.nextBoolean() ? "Bố" : "Mẹ",
              year - age));
    }
    return new Draft(village, registeredOn, ethnicity, dependantHeavy, people);
  }

  private static Drafted person(
      SplittableRandom random,
      String family,
      Sex sex,
      String ethnicity,
      String relation,
      int birthYear) {
    LocalDate birth = LocalDate.ofYearDay(birthYear, 1 + random.nextInt(365));
    return new Drafted(Names.full(family, sex, random), birth, sex, ethnicity, relation);
  }

  private static String pick(Map<String, Double> shares, SplittableRandom random) {
    double total = shares.values().stream().mapToDouble(Double::doubleValue).sum();
    double pick = random.nextDouble() * total;
    String last = null;
    for (Map.Entry<String, Double> share : shares.entrySet()) {
      last = share.getKey();
      pick -= share.getValue();
      if (pick < 0) {
        return last;
      }
    }
    return last;
  }

  /**
   * Citizen ID numbers: Thanh Hóa's code, the century and sex digit, the year of birth, and six
   * digits made of the commune's number and a running number of that birth year and sex, scrambled
   * by a bijection of 0..999,999, so that no two people of the province share one.
   */
  static final class IdNumberSequence {
    private final int commune;
    private final Map<Integer, Integer> counters = new HashMap<>();

    IdNumberSequence(int commune) {
      this.commune = commune;
    }

    String next(LocalDate birthDate, Sex sex) {
      int century = birthDate.getYear() < 2000 ? 0 : 2;
      int genderCentury = century + (sex == Sex.FEMALE ? 1 : 0);
      int yy = birthDate.getYear() % 100;
      int key = genderCentury * 100 + yy;
      int running = counters.merge(key, 1, Integer::sum) - 1;
      if (running > 999) {
        throw new IllegalStateException("more than 1000 people of one birth year and sex");
      }
      long serial = (commune * 1000L + running) * 7919L + 104_729L;
      String six = Long.toString(1_000_000 + serial % 1_000_000).substring(1);
      return PROVINCE_OF_BIRTH
          + genderCentury
          + (char) ('0' + yy / 10)
          + (char) ('0' + yy % 10)
          + six;
    }
  }

  /** Vietnamese names by ethnicity (NFC). */
  static final class Names {
    private static final List<String> KINH =
        List.of(
            "Nguyễn", "Nguyễn", "Nguyễn", "Lê", "Lê", "Trịnh", "Trịnh", "Phạm", "Hoàng", "Đỗ", "Vũ",
            "Mai", "Lê", "Trần", "Hà", "Đặng", "Bùi", "Lưu");
    private static final List<String> MUONG =
        List.of("Bùi", "Bùi", "Quách", "Đinh", "Hà", "Phạm", "Trương", "Cao", "Đinh", "Bạch");
    private static final List<String> THAI =
        List.of("Lò", "Lường", "Hà", "Vi", "Cầm", "Lộc", "Ngân", "Lương", "Phạm");
    private static final List<String> DAO = List.of("Triệu", "Bàn", "Đặng", "Lý", "Phùng");
    private static final List<String> HMONG = List.of("Giàng", "Thào", "Vàng", "Lầu", "Sùng");
    private static final List<String> MALE =
        List.of(
            "Hùng", "Dũng", "Tuấn", "Minh", "Thắng", "Hải", "Nam", "Sơn", "Long", "Cường", "Tiến",
            "Quang", "Mạnh", "Đức", "Thành", "Hòa", "Bình", "Trung", "Khánh", "Phúc", "Lâm", "Tùng",
            "Vinh", "Huy", "Đạt", "Công", "Chiến", "Toàn", "Thọ", "Lực");
    private static final List<String> FEMALE =
        List.of(
            "Hoa", "Lan", "Hương", "Mai", "Hạnh", "Thủy", "Nga", "Hằng", "Nhung", "Loan", "Huyền",
            "Trang", "Thảo", "Linh", "Phương", "Yến", "Tuyết", "Hiền", "Dung", "Oanh", "Xuân",
            "Ngọc", "Thơm", "Liên", "Chi", "Vân", "Nhàn", "Duyên", "Quỳnh", "Lụa");
    private static final List<String> MALE_MIDDLE =
        List.of("Văn", "Văn", "Văn", "Đình", "Xuân", "Hữu", "Công", "Minh", "Quang", "Ngọc");
    private static final List<String> FEMALE_MIDDLE =
        List.of("Thị", "Thị", "Thị", "Thị", "Thu", "Thanh", "Ngọc", "Hồng", "Minh", "Kim");

    static String family(String ethnicity, SplittableRandom random) {
      List<String> names =
          switch (ethnicity) {
            case "Mường" -> MUONG;
            case "Thái" -> THAI;
            case "Dao" -> DAO;
            case "H'Mông" -> HMONG;
            default -> KINH;
          };
      return names.get(random.nextInt(names.size()));
    }

    static String full(String family, Sex sex, SplittableRandom random) {
      List<String> middle = sex == Sex.MALE ? MALE_MIDDLE : FEMALE_MIDDLE;
      List<String> given = sex == Sex.MALE ? MALE : FEMALE;
      String name =
          family
              + " "
              + middle.get(random.nextInt(middle.size()))
              + " "
              + given.get(random.nextInt(given.size()));
      return Normalizer.normalize(name, Normalizer.Form.NFC);
    }
  }

  /** Recognition of the year's lists: a weekday in the second half of December. */
  public static LocalDate recognisedOn(int year, int communeNumber) {
    LocalDate day = MonthDay.of(12, 15 + communeNumber % 10).atYear(year);
    while (day.getDayOfWeek().getValue() > 5) {
      day = day.minusDays(1);
    }
    return day;
  }
}
