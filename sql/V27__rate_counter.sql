-- Fixed-window counters for rate limits, shared by every instance.
CREATE TABLE rate_counter (
    bucket       VARCHAR(160) NOT NULL,
    window_start DATETIME(6)  NOT NULL,
    hits         INT          NOT NULL,
    PRIMARY KEY (bucket, window_start)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
