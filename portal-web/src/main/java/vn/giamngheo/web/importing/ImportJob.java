package vn.giamngheo.web.importing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import vn.giamngheo.domain.importing.ImportError;
import vn.giamngheo.domain.importing.ImportOutcome;
import vn.giamngheo.domain.importing.ImportProgress;

/**
 * One household import as it runs off the request thread: its state, the rows read and checked, the
 * households written, and at the end the count imported or every problem. The page polls it; the
 * API waits for it.
 */
public final class ImportJob implements ImportProgress {
  /** Where the job stands. */
  public enum State {
    QUEUED,
    CHECKING,
    IMPORTING,
    /** Imported: every household of the file is on the register. */
    DONE,
    /** The file has problems: nothing was imported. */
    REJECTED,
    /** Something went wrong on the portal's side: nothing was imported. */
    FAILED
  }

  private final String id = UUID.randomUUID().toString();
  private final long unitId;
  private final String actor;
  private final Instant started = Instant.now();
  private final CompletableFuture<ImportJob> finished = new CompletableFuture<>();
  private volatile State state = State.QUEUED;
  private volatile int rows;
  private volatile int rowsChecked;
  private volatile int households;
  private volatile int imported;
  private volatile int people;
  private volatile List<ImportError> errors = List.of();
  private volatile Instant ended;

  ImportJob(long unitId, String actor) {
    this.unitId = unitId;
    this.actor = actor;
  }

  @Override
  public void read(int rowCount) {
    this.rows = rowCount;
    this.state = State.CHECKING;
  }

  @Override
  public void checked(int rowCount) {
    this.rowsChecked = rowCount;
  }

  @Override
  public void imported(int householdCount) {
    this.state = State.IMPORTING;
    this.imported = householdCount;
  }

  @Override
  public void writing(int householdCount) {
    this.households = householdCount;
    this.state = State.IMPORTING;
  }

  void end(ImportOutcome outcome) {
    this.rowsChecked = outcome.rows();
    if (outcome.isImported()) {
      this.imported = outcome.households();
      this.households = outcome.households();
      this.people = outcome.people();
      finish(State.DONE);
    } else {
      this.imported = 0;
      this.errors = outcome.errors();
      finish(State.REJECTED);
    }
  }

  void reject(ImportError problem) {
    this.imported = 0;
    this.errors = List.of(problem);
    finish(State.REJECTED);
  }

  void fail() {
    this.imported = 0;
    this.errors = List.of(ImportError.of(0, "", "import.failed"));
    finish(State.FAILED);
  }

  private void finish(State last) {
    this.state = last;
    this.ended = Instant.now();
    finished.complete(this);
  }

  public CompletableFuture<ImportJob> finished() {
    return finished;
  }

  public boolean isRunning() {
    return !finished.isDone();
  }

  /** How far it is, 0–100: checking the rows is the first half, writing the second. */
  public int getPercent() {
    return switch (state) {
      case QUEUED -> 0;
      case CHECKING -> rows == 0 ? 0 : Math.min(50, rowsChecked * 50 / rows);
      case IMPORTING -> households == 0 ? 50 : 50 + Math.min(50, imported * 50 / households);
      case DONE, REJECTED, FAILED -> 100;
    };
  }

  public String getId() {
    return id;
  }

  public long getUnitId() {
    return unitId;
  }

  public String getActor() {
    return actor;
  }

  public Instant getStarted() {
    return started;
  }

  public Instant getEnded() {
    return ended;
  }

  public State getState() {
    return state;
  }

  public int getRows() {
    return rows;
  }

  public int getRowsChecked() {
    return rowsChecked;
  }

  public int getImported() {
    return imported;
  }

  public int getPeople() {
    return people;
  }

  public List<ImportError> getErrors() {
    return errors;
  }
}
