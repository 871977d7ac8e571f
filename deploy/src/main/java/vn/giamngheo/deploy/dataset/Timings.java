package vn.giamngheo.deploy.dataset;

import java.util.ArrayList;
import java.util.List;

/** Durations of repeated runs, in milliseconds. */
final class Timings {
  private final List<Double> millis = new ArrayList<>();

  void add(long nanos) {
    millis.add(nanos / 1_000_000.0);
  }

  double median() {
    List<Double> sorted = millis.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
