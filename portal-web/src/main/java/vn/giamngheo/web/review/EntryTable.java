package vn.giamngheo.web.review;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.giamngheo.domain.review.ReviewEntry;
import vn.giamngheo.domain.review.Reviews;
import vn.giamngheo.domain.standard.PovertyStatus;

/** A review's households a page at a time, of one village and status when the page filters. */
public class EntryTable extends LazyDataModel<ReviewEntry> {
  private final transient Reviews reviews;
  private final long reviewId;
  private final Long villageId;
  private final PovertyStatus status;

  EntryTable(Reviews reviews, long reviewId, Long villageId, PovertyStatus status) {
    this.reviews = reviews;
    this.reviewId = reviewId;
    this.villageId = villageId;
    this.status = status;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) reviews.countEntries(reviewId, villageId, status);
  }

  @Override
  public List<ReviewEntry> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return reviews.entries(reviewId, villageId, status, first, pageSize);
  }

  @Override
  public String getRowKey(ReviewEntry entry) {
    return String.valueOf(entry.getId());
  }

  @Override
  public ReviewEntry getRowData(String rowKey) {
    return reviews.entry(Long.parseLong(rowKey));
  }
}
