#!/bin/bash
# Lists the files outside chapter 04's own folders (Exercises/, Solutions/, Sources/Chapters/) that
# mention it: the measure of how far one chapter reaches into the rest of the kit.
# files that mention chapter 04, outside Exercises/04-*, Solutions/04-*, Chapters/04-*
git ls-files | grep -v -E '^(Exercises|Solutions|Sources/Chapters)/04-|^Scripts/chapter-footprint.sh$' | while read f; do
  if [[ "$f" =~ (Chapter04|chapter04|04-Cov) ]] || grep -q -E 'Chapter04|chapter04|04-CovarianceVariants|chapter: 4[,)]|[Cc]hapter 0?4\b|KMeansPlusPlusRequest|SphericalVariancesRequest|VariantFitRequest|MixtureMStepRequest|"04\.' "$f" 2>/dev/null; then echo "$f"; fi
done
