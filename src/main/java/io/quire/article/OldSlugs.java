package io.quire.article;

import org.springframework.data.jpa.repository.JpaRepository;

interface OldSlugs extends JpaRepository<OldSlug, String> {}
